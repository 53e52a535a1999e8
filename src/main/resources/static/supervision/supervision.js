// The supervisor's dashboard: figures from /api/supervision, written with textContent; refreshes every minute.
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }
  function pct(value) { return value == null ? '—' : (value * 100).toFixed(1) + '%'; }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  // the local calendar day (the server counts days in China time; toISOString would give the UTC day)
  function iso(date) { return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()); }
  var chart = echarts.init($('trendChart'));

  function period() {
    var to = new Date();
    var from = new Date();
    var choice = $('period').value;
    if (choice === 'custom') { return [$('from').value, $('to').value]; }
    from.setDate(to.getDate() - (choice === 'day' ? 0 : choice === 'week' ? 6 : 29));
    $('from').value = iso(from);
    $('to').value = iso(to);
    return [iso(from), iso(to)];
  }

  function query() {
    var p = period();
    return 'from=' + p[0] + '&to=' + p[1] + '&unit=' + $('unit').value + '&unitId=' + encodeURIComponent($('unitId').value);
  }

  function cell(row, text, link) {
    var td = document.createElement('td');
    if (link) {
      var a = document.createElement('a');
      a.href = link; a.textContent = text; a.target = '_blank';
      td.appendChild(a);
    } else {
      td.textContent = text == null ? '' : text;
    }
    row.appendChild(td);
  }

  function trendText(series, key) {
    var known = series.filter(function (d) { return d[key] != null; });
    if (known.length < 2) { return ''; }
    var delta = known[known.length - 1][key] - known[0][key];
    return (delta >= 0 ? '较期初 ↑ ' : '较期初 ↓ ') + Math.abs(delta * 100).toFixed(1) + ' 个百分点';
  }

  function render(summary) {
    $('responseRate').textContent = pct(summary.responseRate);
    $('resolutionRate').textContent = pct(summary.resolutionRate);
    $('satisfactionRate').textContent = pct(summary.satisfactionRate);
    $('compositeScore').textContent = pct(summary.compositeScore);
    $('responseTrend').textContent = trendText(summary.trend, 'responseRate');
    $('resolutionTrend').textContent = trendText(summary.trend, 'resolutionRate');
    $('satisfactionTrend').textContent = trendText(summary.trend, 'satisfactionRate');
    var counts = $('counts');
    counts.textContent = '';
    [['受理', summary.received], ['未办结', summary.open], ['已办结', summary.closed], ['当前超期', summary.overdueNow],
     ['24 小时内到期', summary.dueSoon], ['重办率', pct(summary.reopenRate)], ['退回职能部门', summary.returned],
     ['吹哨率（每百件）', summary.whistleRate == null ? '—' : summary.whistleRate.toFixed(1)],
     ['报到迟到部门', summary.departmentsLateToReportIn], ['超期承诺', summary.overdueCommitments],
     ['召开会议', summary.meetingsHeld], ['未达法定人数', summary.meetingsWithoutQuorum],
     ['收到异议', summary.objectionsFiled], ['异议成立', summary.objectionsUpheld]].forEach(function (pair) {
      var div = document.createElement('div');
      div.textContent = pair[0] + '：' + pair[1];
      counts.appendChild(div);
    });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: ['及时响应率', '解决率', '满意率'] },
      xAxis: { type: 'category', data: summary.trend.map(function (d) { return d.day; }) },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: function (v) { return v * 100 + '%'; } } },
      series: [['及时响应率', 'responseRate'], ['解决率', 'resolutionRate'], ['满意率', 'satisfactionRate']]
        .map(function (s) { return { name: s[0], type: 'line', connectNulls: true,
          data: summary.trend.map(function (d) { return d[s[1]]; }) }; })
    }, true);
  }

  function renderOverdue(overdue) {
    var body = $('overdue');
    body.textContent = '';
    overdue.petitions.forEach(function (p) {
      var tr = document.createElement('tr');
      cell(tr, p.number); cell(tr, p.categoryCode); cell(tr, p.communityCode); cell(tr, p.assignedWorker);
      cell(tr, p.stage === 'CONTACT' ? '首次联系' : '办结');
      cell(tr, (p.stage === 'CONTACT' ? p.firstContactDue : p.resolutionDue || '').replace('T', ' ').substring(0, 16));
      var td = document.createElement('td');
      if (p.tasklistLink) { var a = document.createElement('a'); a.href = p.tasklistLink; a.textContent = '任务'; a.target = '_blank'; td.appendChild(a); }
      if (p.cockpitLink) { var b = document.createElement('a'); b.href = p.cockpitLink; b.textContent = ' 流程'; b.target = '_blank'; td.appendChild(b); }
      tr.appendChild(td);
      body.appendChild(tr);
    });
    var tasks = $('tasks');
    tasks.textContent = '';
    overdue.tasks.forEach(function (t) {
      var tr = document.createElement('tr');
      cell(tr, t.name, t.tasklistLink); cell(tr, t.processDefinitionKey); cell(tr, t.businessKey);
      cell(tr, (t.due || '').replace('T', ' ').substring(0, 16)); cell(tr, '流程', t.cockpitLink);
      tasks.appendChild(tr);
    });
  }

  function refresh(event) {
    if (event) { event.preventDefault(); }
    $('error').textContent = '';
    var q = query();
    $('csv').href = '/api/supervision/summary?' + q + '&format=csv';
    fetch('/api/supervision/summary?' + q).then(function (r) {
      return r.json().then(function (json) {
        if (!r.ok) { throw new Error(json.detail || '无法读取指标'); }
        render(json);
      });
    }).catch(function (e) { $('error').textContent = e.message; });
    fetch('/api/supervision/overdue?unit=' + $('unit').value + '&unitId=' + encodeURIComponent($('unitId').value))
      .then(function (r) { return r.ok ? r.json() : { petitions: [], tasks: [] }; }).then(renderOverdue);
  }

  fetch('/api/supervision/scope').then(function (r) {
    if (r.status === 401) { throw new Error('请先登录（使用 Tasklist 的账号和密码），然后刷新本页'); }
    if (!r.ok) { throw new Error('无法读取可查看的单位（' + r.status + '）'); }
    return r.json();
  }).then(function (scope) {
    if (!$('unitId').value) {
      if (scope.streets.length) { $('unit').value = 'STREET'; $('unitId').value = scope.streets[0]; }
      else if (scope.communities.length) { $('unit').value = 'COMMUNITY'; $('unitId').value = scope.communities[0].code; }
    }
    refresh();
  }).catch(function (e) { $('error').textContent = e.message; });
  $('filters').addEventListener('submit', refresh);
  setInterval(refresh, 60000);
  window.addEventListener('resize', function () { chart.resize(); });
}());
