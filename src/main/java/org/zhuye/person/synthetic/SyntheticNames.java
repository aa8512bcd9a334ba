package org.zhuye.person.synthetic;

import java.util.SplittableRandom;

import org.zhuye.person.Sex;

/**
 * Names for synthetic persons: Han names (surname and one or two characters) and Mongolian names
 * as people in Inner Mongolia write them in Chinese (one transliterated name, sometimes after a
 * Han-style surname such as 包 or 白), each followed by {@link #MARKER} so that nobody mistakes a
 * demo or test record for a real person, on a page, in an export or in a screenshot.
 */
final class SyntheticNames {

    /** Ends every synthetic name: visibly not a real person, no digits, 4 characters. */
    static final String MARKER = "（虚拟）";

    private static final SyntheticShares<String> HAN_SURNAMES = new SyntheticShares<String>()
            .with("王", 7.5).with("李", 7).with("张", 6.5).with("刘", 5.5).with("赵", 3).with("杨", 2.8)
            .with("高", 2.2).with("郭", 2).with("孙", 1.8).with("马", 1.8).with("陈", 1.7).with("田", 1.3)
            .with("韩", 1.2).with("白", 1.1).with("贾", 1).with("史", 1).with("任", 1).with("徐", 1)
            .with("冯", 1).with("郝", 1).with("于", 0.9).with("胡", 0.9).with("乔", 0.8).with("梁", 0.8)
            .with("吴", 0.8).with("周", 0.8).with("宋", 0.7).with("许", 0.7).with("闫", 0.7).with("崔", 0.6)
            .with("常", 0.6).with("苏", 0.6).with("曹", 0.6).with("董", 0.6).with("石", 0.6).with("杜", 0.6)
            .with("朱", 0.6).with("吕", 0.5).with("孟", 0.5).with("薛", 0.5).with("侯", 0.5).with("魏", 0.5)
            .with("温", 0.4).with("秦", 0.4).with("康", 0.4).with("齐", 0.4).with("段", 0.4).with("云", 0.3)
            .with("尚", 0.3).with("武", 0.5).with("霍", 0.3).with("兰", 0.3).with("范", 0.4).with("邢", 0.3);

    private static final String MALE_CHARACTERS = "伟强军勇斌磊涛明辉刚平海林峰波建国华志文俊鹏飞宇杰浩东亮成荣福贵喜山生宝忠义龙春";
    private static final String FEMALE_CHARACTERS = "英兰芳秀梅丽华霞敏静红玲燕娟艳桂凤琴云萍莉婷雪慧悦欣佳月花玉珍荣美凤娜晶";

    private static final String[] MONGOLIAN_MALE = {
            "巴特尔", "巴图", "宝力道", "朝鲁", "那日苏", "苏和", "乌力吉", "阿拉坦仓", "特木尔", "哈斯",
            "布和", "吉日嘎拉", "孟和", "额尔敦", "巴雅尔", "达来", "格日勒图", "毕力格", "图门", "额尔德木图",
            "呼和", "阿木古冷", "宝音", "满都拉", "赛音", "敖其尔", "那顺", "斯日古楞", "查干", "德力格尔",
            "朝格图", "乌日图", "巴音", "青格勒", "哈达", "苏伦", "布仁", "道尔吉", "额日和木", "图布信"};
    private static final String[] MONGOLIAN_FEMALE = {
            "其木格", "乌云", "萨仁", "娜仁", "高娃", "图雅", "斯琴高娃", "乌兰", "琪琪格", "苏日娜",
            "塔娜", "托娅", "萨日娜", "格日乐", "乌日娜", "吉雅", "敖敦", "阿茹娜", "诺敏", "其其格",
            "乌仁", "萨如拉", "斯琴", "宝日玛", "娜布其", "都兰", "哈斯其其格", "乌日罕", "阿拉坦其其格", "乌仁图雅"};
    private static final SyntheticShares<String> MONGOLIAN_SURNAMES = SyntheticShares.equal(
            "包", "白", "宝", "鲍", "韩", "吴", "陈", "齐", "金", "胡", "萨", "乌");
    /** Surnames common among the Daur (达斡尔), Evenki (鄂温克) and Oroqen (鄂伦春). */
    private static final SyntheticShares<String> NORTHERN_SURNAMES = SyntheticShares.equal(
            "敖", "郭", "孟", "何", "沃", "杜", "涂", "关", "莫", "葛", "吴", "苏");

    private SyntheticNames() {
    }

    /** A name fitting the person's 民族 (label) and sex, with the marker. */
    static String of(String ethnicity, Sex sex, SplittableRandom random) {
        StringBuilder name = new StringBuilder(12);
        switch (ethnicity) {
            case "蒙古族" -> {
                double style = random.nextDouble();
                if (style < 0.6) {
                    name.append(mongolian(sex, random));
                } else if (style < 0.85) {
                    name.append(MONGOLIAN_SURNAMES.pick(random)).append(mongolian(sex, random));
                } else {
                    han(name, HAN_SURNAMES.pick(random), sex, random);
                }
            }
            case "达斡尔族", "鄂温克族", "鄂伦春族" -> han(name, NORTHERN_SURNAMES.pick(random), sex, random);
            default -> han(name, HAN_SURNAMES.pick(random), sex, random);
        }
        return name.append(MARKER).toString();
    }

    /** A relative's name: same surname for a Han-style name, a new name otherwise. */
    static String relativeOf(String personName, String ethnicity, Sex sex, boolean sameFamily, SplittableRandom random) {
        String candidate = of(ethnicity, sex, random);
        if (!sameFamily || "蒙古族".equals(ethnicity)) {
            return candidate;
        }
        return personName.charAt(0) + candidate.substring(1);
    }

    private static String mongolian(Sex sex, SplittableRandom random) {
        String[] pool = sex == Sex.MALE ? MONGOLIAN_MALE : MONGOLIAN_FEMALE;
        return pool[random.nextInt(pool.length)];
    }

    private static void han(StringBuilder name, String surname, Sex sex, SplittableRandom random) {
        String pool = sex == Sex.MALE ? MALE_CHARACTERS : FEMALE_CHARACTERS;
        name.append(surname).append(pool.charAt(random.nextInt(pool.length())));
        if (random.nextDouble() < 0.7) {
            name.append(pool.charAt(random.nextInt(pool.length())));
        }
    }
}
