// 人员概况 charts. The figures come from each chart's data-chart attribute (the CSP allows no
// inline script); the tables on the page carry the same figures as the text alternative, and each
// chart element has role="img" with a summary in aria-label. Tooltips are drawn on the canvas
// (renderMode 'richText'): ECharts' HTML tooltips use inline style attributes, which the CSP
// (style-src 'self') refuses, while the styles ECharts sets through the CSSOM are allowed.
(function () {
  'use strict';

  var BRAND = '#0b5cab';
  var PALETTE = ['#0b5cab', '#b3261e', '#4a5260'];
  var charts = [];

  function option(data) {
    var common = {
      animation: false,
      aria: { enabled: false },
      textStyle: { fontFamily: 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif', color: '#1b1f24' },
      tooltip: { renderMode: 'richText', trigger: data.kind === 'pie' ? 'item' : 'axis' }
    };
    if (data.kind === 'pie') {
      common.color = PALETTE;
      common.legend = { bottom: 0 };
      common.series = [{
        type: 'pie', radius: ['35%', '65%'],
        label: { formatter: '{b}\n{c}' + data.unit },
        data: data.labels.map(function (label, i) { return { name: label, value: data.values[i] }; })
      }];
      return common;
    }
    var categoryAxis = { type: 'category', data: data.labels, axisLabel: { interval: 0, hideOverlap: true } };
    var valueAxis = { type: 'value', name: data.unit, minInterval: 1 };
    if (data.unit === '%') {
      valueAxis.max = 100;
      valueAxis.minInterval = 0;
    }
    common.grid = { left: 8, right: 24, top: 32, bottom: 8, containLabel: true };
    common.xAxis = data.horizontal ? valueAxis : categoryAxis;
    common.yAxis = data.horizontal ? categoryAxis : valueAxis;
    if (data.horizontal) {
      categoryAxis.inverse = true;
    } else {
      categoryAxis.axisLabel.rotate = data.labels.length > 6 ? 30 : 0;
    }
    common.series = [{
      type: 'bar', data: data.values, itemStyle: { color: BRAND },
      label: { show: true, position: data.horizontal ? 'right' : 'top',
        formatter: function (p) { return p.value == null ? '—' : p.value + (data.unit === '%' ? '%' : ''); } }
    }];
    return common;
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      var data = JSON.parse(el.getAttribute('data-chart'));
      var rows = data.horizontal ? data.labels.length : 0;
      el.style.width = '100%';
      el.style.maxWidth = '48rem';
      el.style.height = Math.max(260, rows * 28 + 60) + 'px';
      el.style.margin = '.5rem 0 1rem';
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option(data));
      el.setAttribute('data-rendered', 'true');
      charts.push(chart);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
