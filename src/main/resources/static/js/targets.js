// 目标分解: the children's sum against the region's target, said again as the user types (the server says
// the same after saving). A rate has no sum: each child has its own rate.
(function () {
  var form = document.getElementById('split-form');
  var out = document.getElementById('split-sum');
  if (!form || !out || form.getAttribute('data-ratio') === 'true') {
    return;
  }
  var parent = form.querySelector('[data-split-parent]');
  var children = form.querySelectorAll('[data-split-child]');

  function number(text) {
    var t = (text || '').replace(/[,，\s]/g, '');
    if (t === '' || isNaN(Number(t))) {
      return null;
    }
    return Number(t);
  }

  function shown(n) {
    return n.toLocaleString('zh-CN', {maximumFractionDigits: 2});
  }

  function update() {
    var sum = 0;
    var count = 0;
    children.forEach(function (input) {
      var n = number(input.value);
      if (n !== null) {
        sum += n;
        count++;
      }
    });
    var p = number(parent.value);
    var text;
    if (count === 0) {
      text = '尚未分解到下级';
    } else if (p === null) {
      text = '分解合计 ' + shown(sum) + '（本级尚无目标）';
    } else if (Math.abs(sum - p) < 1e-9) {
      text = '分解合计 ' + shown(sum) + '，与下达目标相等';
    } else {
      text = '分解合计 ' + shown(sum) + '，比下达目标' + (sum < p ? '少 ' : '多 ') + shown(Math.abs(sum - p));
    }
    out.textContent = text;
  }

  form.addEventListener('input', update);
})();
