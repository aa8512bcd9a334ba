/** Reading typed form fields: one set of readers for every module, each adding its Chinese message to the form's errors. */
@org.springframework.modulith.NamedInterface("form")
package org.zhuye.platform.form;
