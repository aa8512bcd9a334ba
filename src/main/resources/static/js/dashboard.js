// 进度看板 charts: the map of the 12 盟市 (or, below the leagues, the children as ranked bars) and the trend by
// month. Figures come from each chart's data-chart attribute (the CSP allows no inline script); the map's
// boundaries from /maps/neimenggu.json (ECharts 4.9.0's file, compressed coordinates that registerMap
// decodes). The tables beside the charts carry the same figures, and each chart has role="img" with a summary.
// Tooltips are drawn on the canvas (renderMode 'richText'): HTML tooltips use inline styles, which the CSP refuses.
(function () {
  'use strict';

  var FONT = 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
  var BRAND = '#0b5cab';
  var charts = [];

  function base() {
    return {
      animation: false,
      aria: { enabled: false },
      textStyle: { fontFamily: FONT, color: '#1b1f24' }
    };
  }

  function tip(item) {
    return item.name + '\n完成数 ' + item.figure + '\n目标 ' + item.target + '\n完成率 ' + item.completion
      + (item.behind ? '\n落后于时序进度' : '');
  }

  function highest(items) {
    return items.reduce(function (max, i) { return i.value != null && i.value > max ? i.value : max; }, 0);
  }

  function drill(chart) {
    chart.on('click', function (p) {
      if (p.data && p.data.href) {
        window.location.href = p.data.href;
      }
    });
  }

  function mapOption(data, names) {
    var items = data.items.map(function (i) {
      return { name: names[i.code.substring(0, 6)] || i.name, value: i.value, item: i, href: i.href };
    });
    var max = data.byCompletion ? Math.max(100, highest(data.items)) : Math.max(1, highest(data.items));
    var narrow = window.innerWidth < 640;
    var option = base();
    option.tooltip = { renderMode: 'richText', trigger: 'item',
      formatter: function (p) { return p.data ? tip(p.data.item) : p.name; } };
    option.visualMap = { type: 'continuous', min: 0, max: max, calculable: false, left: 0, bottom: 0,
      text: [data.byCompletion ? '完成率高' : '完成数多', '低'], inRange: { color: ['#dbe8f6', '#6f9fd4', '#083f77'] },
      itemHeight: narrow ? 80 : 120 };
    option.series = [{
      type: 'map', map: 'neimenggu', roam: false, selectedMode: false,
      layoutCenter: ['50%', '50%'], layoutSize: '100%',
      label: { show: !narrow, fontSize: 11, color: '#1b1f24' },
      emphasis: { label: { show: true }, itemStyle: { areaColor: '#ffbf47' } },
      itemStyle: { areaColor: '#e6e8eb', borderColor: '#4a5260', borderWidth: 1 },
      data: items
    }];
    return option;
  }

  function barOption(data) {
    var items = data.items.slice().sort(function (a, b) {
      if (a.value == null) { return b.value == null ? 0 : 1; }
      return b.value == null ? -1 : b.value - a.value;
    });
    var option = base();
    option.tooltip = { renderMode: 'richText', trigger: 'item',
      formatter: function (p) { return tip(items[p.dataIndex]); } };
    option.grid = { left: 8, right: 48, top: 24, bottom: 8, containLabel: true };
    option.xAxis = { type: 'value', name: data.byCompletion ? '%' : '', minInterval: data.byCompletion ? 0 : 1 };
    option.yAxis = { type: 'category', inverse: true, data: items.map(function (i) { return i.name; }),
      axisLabel: { interval: 0, width: 120, overflow: 'truncate' } };
    option.series = [{
      type: 'bar', itemStyle: { color: BRAND },
      label: { show: true, position: 'right', formatter: function (p) {
        var i = items[p.dataIndex];
        return data.byCompletion ? i.completion : i.figure;
      } },
      data: items.map(function (i) { return { value: i.value, href: i.href }; })
    }];
    return option;
  }

  function trendOption(data) {
    var option = base();
    var series = [{ name: '当月', type: 'bar', data: data.monthly, itemStyle: { color: '#6f9fd4' } }];
    if (data.cumulative) {
      series.push({ name: '累计', type: 'line', data: data.cumulative, itemStyle: { color: BRAND }, lineStyle: { width: 3 } });
    }
    if (data.expected) {
      series.push({ name: '按时序进度应完成', type: 'line', data: data.expected, symbol: 'none',
        itemStyle: { color: '#b3261e' }, lineStyle: { type: 'dashed', width: 2 } });
    }
    option.tooltip = { renderMode: 'richText', trigger: 'axis' };
    option.legend = { top: 0 };
    option.grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };
    option.xAxis = { type: 'category', data: data.labels, axisLabel: { hideOverlap: true } };
    option.yAxis = { type: 'value', name: data.unit, minInterval: data.unit === '%' ? 0 : 1 };
    option.series = series;
    return option;
  }

  function start(el, option, height) {
    el.style.height = height + 'px';
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option);
    drill(chart);
    el.setAttribute('data-rendered', 'true');
    charts.push(chart);
  }

  function drawChildren(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var mapUrl = el.getAttribute('data-map-url');
    if (data.kind === 'map' && mapUrl) {
      fetch(mapUrl, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) { throw new Error('map ' + r.status); }
        return r.json();
      }).then(function (geo) {
        echarts.registerMap('neimenggu', geo);
        var names = {};
        geo.features.forEach(function (f) { names[f.id] = f.properties.name; });
        start(el, mapOption(data, names), window.innerWidth < 640 ? 340 : 520);
      }).catch(function () {
        // Without the boundaries the same figures still rank as bars.
        start(el, barOption(data), data.items.length * 28 + 60);
      });
      return;
    }
    start(el, barOption(data), Math.max(200, data.items.length * 28 + 60));
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var children = document.getElementById('child-chart');
    if (children) {
      drawChildren(children);
    }
    var trend = document.getElementById('trend-chart');
    if (trend) {
      start(trend, trendOption(JSON.parse(trend.getAttribute('data-chart'))), 320);
    }
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
