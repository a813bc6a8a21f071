/* pledgegraph workbench: draws each figure.chart from the table inside it (the numbers stay readable without
   JavaScript), adds a CSV download to every data table, and '/' focuses the search box. No data is embedded
   in scripts: everything is read from the escaped HTML. */
(function () {
  'use strict';

  function read(table) {
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      return Array.prototype.map.call(tr.children, function (td) { return td.textContent.trim(); });
    });
    return { headers: headers, rows: rows };
  }

  function csv(data) {
    function cell(s) { return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
    return [data.headers].concat(data.rows).map(function (r) { return r.map(cell).join(','); }).join('\r\n') + '\r\n';
  }

  function addDownload(table) {
    var a = document.createElement('a');
    a.className = 'csv js-csv';
    a.textContent = 'CSV';
    a.href = '#';
    a.setAttribute('download', (table.id || 'table') + '.csv');
    a.addEventListener('click', function () {
      var blob = new Blob(['\ufeff' + csv(read(table))], { type: 'text/csv;charset=utf-8' });
      a.href = URL.createObjectURL(blob);
    });
    table.parentNode.insertBefore(a, table);
  }

  function draw(fig) {
    if (!window.echarts) { return; }
    var data = read(fig.querySelector('table'));
    var numeric = [];
    for (var i = 1; i < data.headers.length; i++) {
      if (data.rows.every(function (r) { return r[i] === '' || !isNaN(Number(r[i])); })) { numeric.push(i); }
    }
    fig.classList.add("drawn");   // first: the canvas needs its height before ECharts measures it
    var el = fig.querySelector(".chart-canvas");
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: {},
      grid: { containLabel: true, left: 8, right: 8 },
      xAxis: { type: 'category', data: data.rows.map(function (r) { return r[0]; }), axisLabel: { interval: 0, rotate: data.rows.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: numeric.map(function (i) {
        return { name: data.headers[i], type: fig.getAttribute('data-kind') === 'line' ? 'line' : 'bar',
                 data: data.rows.map(function (r) { return r[i] === '' ? null : Number(r[i]); }) };
      })
    });
    fig.classList.add('drawn');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('table.data, table.matrix'), addDownload);
    Array.prototype.forEach.call(document.querySelectorAll('figure.chart'), draw);
    document.addEventListener('keydown', function (e) {
      var t = e.target.tagName;
      if (e.key === '/' && t !== 'INPUT' && t !== 'TEXTAREA' && t !== 'SELECT') {
        var box = document.getElementById('nav-search');
        if (box) { e.preventDefault(); box.focus(); }
      }
    });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
