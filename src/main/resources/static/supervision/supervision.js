// The supervisor's dashboard: figures from /api/supervision, written with textContent; refreshes every minute.
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  // the local calendar day (the server counts days in China time; toISOString would give the UTC day)
  function iso(date) { return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()); }
  function pct(value) { return (value * 100).toFixed(1) + '%'; }
  var KINDS = { STREET: 'streets', COMMUNITY: 'communities', GRID: 'grids', WORKER: 'workers',
    CATEGORY: 'categories', DEPARTMENT: 'departments' };
  var RATES = [['responseRate', '及时响应率'], ['resolutionRate', '解决率'], ['satisfactionRate', '满意率']];
  var chart = echarts.init($('trendChart'));
  var scope = null;
  var comparisonRows = [];
  var sortKey = 'name';
  var sortDir = 'ascending';
  var loading = 0;

  // "33.3%（1/3）"; "样本不足（1/1）" below the minimum sample; "—" where nothing was measured
  function rateText(rate, perHundred) {
    if (!rate || rate.value == null) { return '—'; }
    var counts = '（' + rate.part + '/' + rate.whole + '）';
    if (!rate.sufficient) { return '样本不足' + counts; }
    return (perHundred ? rate.value.toFixed(1) : pct(rate.value)) + counts;
  }
  function scoreText(score) {
    if (!score || score.value == null) { return '—'; }
    return score.sufficient ? pct(score.value) : '样本不足';
  }

  // Every /api/supervision call: same-origin credentials; a 401 sends the supervisor to the login page and back.
  function api(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (r.status === 401) {
        location.assign('/login/?next=' + encodeURIComponent(location.pathname + location.search + location.hash));
        return new Promise(function () {});
      }
      return r.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        if (!r.ok) {
          var reason = json && json.detail ? json.detail
            : r.status === 403 ? '无权查看该单位的指标' : '服务器暂时无法回答';
          throw new Error('无法读取指标：' + reason + '（' + r.status + '）');
        }
        return json;
      });
    }, function () { throw new Error('无法连接服务器，请检查网络后点“刷新”'); });
  }

  function period() {
    var choice = $('period').value;
    if (choice === 'custom') { return [$('from').value, $('to').value]; }
    var to = new Date();
    var from = new Date();
    from.setDate(to.getDate() - ({ day: 0, week: 6, month: 29, quarter: 89 })[choice]);
    $('from').value = iso(from);
    $('to').value = iso(to);
    return [iso(from), iso(to)];
  }

  function fillUnits() {
    var kind = $('unit').value;
    var select = $('unitId');
    var previous = select.value;
    select.textContent = '';
    (scope[KINDS[kind]] || []).forEach(function (u) {
      var option = document.createElement('option');
      option.value = u.code;
      option.textContent = kind === 'GRID' ? u.communityName + ' · ' + u.name
        : kind === 'WORKER' ? u.name + '（' + u.communityName + '）' : u.name;
      select.appendChild(option);
    });
    if (previous) { select.value = previous; }
    if (!select.value && select.options.length) { select.selectedIndex = 0; }
  }

  function setLinks(q, overdueQ, comparable) {
    $('csv').href = '/api/supervision/summary?' + q + '&format=csv';
    $('xlsx').href = '/api/supervision/summary?' + q + '&format=xlsx';
    $('comparisonCsv').href = comparable ? '/api/supervision/comparison?' + q + '&format=csv' : '#';
    $('comparisonXlsx').href = comparable ? '/api/supervision/comparison?' + q + '&format=xlsx' : '#';
    $('overdueCsv').href = '/api/supervision/overdue?' + overdueQ + '&format=csv';
    $('overdueXlsx').href = '/api/supervision/overdue?' + overdueQ + '&format=xlsx';
    $('incidentsCsv').href = '/api/supervision/incidents?' + overdueQ + '&format=csv';
    $('incidentsXlsx').href = '/api/supervision/incidents?' + overdueQ + '&format=xlsx';
  }

  function emptyRow(body, columns, text) {
    var tr = document.createElement('tr');
    var td = document.createElement('td');
    td.colSpan = columns;
    td.textContent = text;
    tr.appendChild(td);
    body.appendChild(tr);
  }

  function cell(row, text, link, linkText) {
    var td = document.createElement('td');
    if (link) {
      var a = document.createElement('a');
      a.href = link; a.textContent = linkText || text; a.target = '_blank'; a.rel = 'noopener';
      td.appendChild(a);
    } else {
      td.textContent = text == null || text === '' ? '—' : text;
    }
    row.appendChild(td);
  }

  var COUNTS = [['受理', 'received'], ['未办结', 'open'], ['已办结', 'closed'], ['当前超期', 'overdueNow'],
    ['24 小时内到期', 'dueSoon'], ['重办率', 'reopenRate'], ['退回职能部门', 'returned'], ['退回占比', 'returnShare'],
    ['吹哨率（每百件）', 'whistleRate'], ['报到迟到部门', 'departmentsLateToReportIn'], ['超期承诺', 'overdueCommitments'],
    ['召开会议', 'meetingsHeld'], ['未达法定人数', 'meetingsWithoutQuorum'], ['收到异议', 'objectionsFiled'],
    ['异议成立', 'objectionsUpheld']];

  var MEMBERS = [['居住在本地的在职党员', 'inService'], ['已报到', 'reported'], ['报到率', 'reportedShare'],
    ['在岗党员', 'active'], ['在岗占比', 'activeShare'], ['确认服务时长（小时）', 'serviceHours'],
    ['发布服务项目', 'itemsPublished'], ['其中已完成', 'itemsDone'], ['微心愿实现率', 'microWishesMet'],
    ['党员协助办理诉求', 'petitionHelps'], ['诉求办理人中的党员占比', 'petitionHelperShare']];

  // 党员作用: every figure with its counts; — when the load failed, a note when the unit has no members' figures
  function renderMembers(members, failed) {
    var box = $('members');
    box.textContent = '';
    if (!members && !failed) {
      var p = document.createElement('p');
      p.textContent = '党员作用只对街道和社区统计，请选择街道或社区。';
      box.appendChild(p);
      return;
    }
    MEMBERS.forEach(function (pair) {
      var value = members ? members[pair[1]] : null;
      var div = document.createElement('div');
      div.textContent = pair[0] + '：' + (value == null ? '—'
        : typeof value === 'object' ? rateText(value) : value);
      box.appendChild(div);
    });
  }

  // 社工队伍: the same way; the year and the warning days are part of the labels
  function renderWorkers(workers, failed) {
    var box = $('workers');
    box.textContent = '';
    function line(text) {
      var div = document.createElement('div');
      div.textContent = text;
      box.appendChild(div);
    }
    if (!workers) {
      if (failed) { line('社区工作者：—'); } else { line('社工队伍只对街道和社区统计，请选择街道或社区。'); }
      return;
    }
    line('统计日：' + workers.asOf);
    line('社区工作者：' + workers.workers);
    line('持有效职业资格占比：' + rateText(workers.qualifiedShare));
    line(workers.trainingYear + ' 年有培训计划：' + workers.planned + ' 人，计划 ' + workers.hoursPlanned + ' 学时');
    line('计划学时完成率：' + rateText(workers.planProgress));
    line('已完成计划学时的人数占比：' + rateText(workers.onTrackShare));
    line('已记学时：' + workers.hoursCredited);
    line(workers.expiryWarningDays + ' 天内到期的证书：' + workers.certificatesExpiring);
    if (workers.appraisalYear == null) {
      line('年度考核：还没有结果');
      return;
    }
    workers.appraisals.forEach(function (r) {
      line(workers.appraisalYear + ' 年度考核' + r.label + '：' + rateText(r.share));
    });
  }

  // A failed load leaves no figure of another unit behind: every figure and table shows —.
  function clearAll() {
    RATES.forEach(function (r) { $(r[0]).textContent = '—'; });
    $('compositeScore').textContent = '—';
    ['responseTrend', 'resolutionTrend', 'satisfactionTrend', 'unitLabel', 'trendBy', 'overdueTotal', 'incidentsTotal',
      'sampleNote',
      'comparisonNote'].forEach(function (id) { $(id).textContent = ''; });
    var counts = $('counts');
    counts.textContent = '';
    COUNTS.forEach(function (pair) {
      var div = document.createElement('div');
      div.textContent = pair[0] + '：—';
      counts.appendChild(div);
    });
    renderMembers(null, true);
    renderWorkers(null, true);
    chart.clear();
    $('trend').textContent = ''; emptyRow($('trend'), 5, '—');
    $('comparison').textContent = ''; emptyRow($('comparison'), 9, '—');
    $('overdue').textContent = ''; emptyRow($('overdue'), 10, '—');
    $('incidents').textContent = ''; emptyRow($('incidents'), 7, '—');
    $('petitions').textContent = ''; emptyRow($('petitions'), 10, '—');
    $('petitionsTotal').textContent = ''; $('petitionsPage').textContent = '';
    $('petitionsPrev').disabled = true; $('petitionsNext').disabled = true;
    comparisonRows = [];
  }

  function trendText(series, key) {
    var known = series.filter(function (d) { return d[key] && d[key].sufficient && d[key].value != null; });
    if (known.length < 2) { return ''; }
    var delta = known[known.length - 1][key].value - known[0][key].value;
    return (delta >= 0 ? '较期初 ↑ ' : '较期初 ↓ ') + Math.abs(delta * 100).toFixed(1) + ' 个百分点';
  }

  function render(summary) {
    $('unitLabel').textContent = summary.unitName + '，' + summary.from + ' 至 ' + summary.to;
    $('sampleNote').textContent = '分母少于 ' + summary.minimumSample + ' 件的比率显示为“样本不足”，括号内为分子/分母。';
    RATES.forEach(function (r) { $(r[0]).textContent = rateText(summary[r[0]]); });
    $('compositeScore').textContent = scoreText(summary.compositeScore);
    $('responseTrend').textContent = trendText(summary.trend, 'responseRate');
    $('resolutionTrend').textContent = trendText(summary.trend, 'resolutionRate');
    $('satisfactionTrend').textContent = trendText(summary.trend, 'satisfactionRate');
    var counts = $('counts');
    counts.textContent = '';
    COUNTS.forEach(function (pair) {
      var value = summary[pair[1]];
      var div = document.createElement('div');
      div.textContent = pair[0] + '：' + (value !== null && typeof value === 'object'
        ? rateText(value, pair[1] === 'whistleRate') : value);
      counts.appendChild(div);
    });
    renderMembers(summary.members, false);
    renderWorkers(summary.workers, false);
    var weekly = summary.trendBy === 'WEEK';
    $('trendBy').textContent = weekly ? '（按周，自周一起）' : '（按日）';
    $('trendPeriodHeader').textContent = weekly ? '周（自周一）' : '日期';
    var labels = summary.trend.map(function (d) { return weekly ? d.day + ' 周' : d.day; });
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '样本不足' : pct(v); } },
      legend: { data: RATES.map(function (r) { return r[1]; }) },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: function (v) { return v * 100 + '%'; } } },
      // a point is drawn only where its sample is sufficient; the table below gives every count
      series: RATES.map(function (r) {
        return { name: r[1], type: 'line', connectNulls: true, data: summary.trend.map(function (d) {
          return d[r[0]] && d[r[0]].sufficient ? d[r[0]].value : null; }) };
      })
    }, true);
    var body = $('trend');
    body.textContent = '';
    summary.trend.forEach(function (d, i) {
      var tr = document.createElement('tr');
      var th = document.createElement('th');
      th.scope = 'row';
      th.textContent = weekly ? d.day + ' 至 ' + d.until : d.day;
      tr.appendChild(th);
      cell(tr, String(d.received));
      RATES.forEach(function (r) { cell(tr, rateText(d[r[0]])); });
      body.appendChild(tr);
    });
    if (!summary.trend.length) { emptyRow(body, 5, '本期间没有受理的诉求'); }
  }

  function sortValue(row, key) {
    var v = row[key];
    if (v !== null && typeof v === 'object') { return v.sufficient && v.value != null ? v.value : -1; }
    return v;
  }

  function renderComparison() {
    var body = $('comparison');
    body.textContent = '';
    var rows = comparisonRows.slice().sort(function (a, b) {
      var x = sortValue(a, sortKey);
      var y = sortValue(b, sortKey);
      var order = typeof x === 'string' ? x.localeCompare(y, 'zh-CN') : x - y;
      return sortDir === 'ascending' ? order : -order;
    });
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      var th = document.createElement('th');
      th.scope = 'row';
      th.textContent = r.name;
      tr.appendChild(th);
      cell(tr, String(r.received)); cell(tr, String(r.open)); cell(tr, String(r.overdueNow));
      cell(tr, rateText(r.responseRate)); cell(tr, rateText(r.resolutionRate)); cell(tr, rateText(r.satisfactionRate));
      cell(tr, scoreText(r.compositeScore)); cell(tr, rateText(r.whistleRate, true));
      body.appendChild(tr);
    });
    if (!rows.length) { emptyRow(body, 9, '没有可对比的单位'); }
    Array.prototype.forEach.call(document.querySelectorAll('#comparisonTable th[scope="col"]'), function (th) {
      var key = th.querySelector('button').getAttribute('data-key');
      if (key === sortKey) { th.setAttribute('aria-sort', sortDir); } else { th.removeAttribute('aria-sort'); }
    });
  }

  function renderOverdue(overdue) {
    $('overdueTotal').textContent = '（共 ' + overdue.total + ' 项' + (overdue.items.length < overdue.total
      ? '，显示超期最久的 ' + overdue.items.length + ' 项' : '') + '）';
    var body = $('overdue');
    body.textContent = '';
    overdue.items.forEach(function (item) {
      var tr = document.createElement('tr');
      cell(tr, item.kind === 'PETITION' ? '诉求' : '任务');
      cell(tr, item.reference); cell(tr, item.title); cell(tr, item.process); cell(tr, item.communityName);
      cell(tr, item.assignee); cell(tr, item.stage);
      cell(tr, (item.due || '').replace('T', ' ').substring(0, 16)); cell(tr, item.overdueFor);
      if (item.tasklistLink) { cell(tr, '任务', item.tasklistLink, '任务'); } else { cell(tr, '无待办任务'); }
      body.appendChild(tr);
    });
    if (!overdue.items.length) { emptyRow(body, 10, '暂无超期'); }
  }

  var PAGE_SIZE = 50;
  var petitionsPage = 0;
  var petitionsPages = 1;

  function time(value) { return value ? value.replace('T', ' ').substring(0, 16) : '—'; }

  function renderPetitions(list) {
    petitionsPages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
    var first = list.total ? list.page * PAGE_SIZE + 1 : 0;
    $('petitionsTotal').textContent = '（共 ' + list.total + ' 件）';
    $('petitionsPage').textContent = '第 ' + (list.page + 1) + ' / ' + petitionsPages + ' 页（第 ' + first + '–'
      + (list.page * PAGE_SIZE + list.items.length) + ' 件）';
    $('petitionsPrev').disabled = list.page === 0;
    $('petitionsNext').disabled = list.page + 1 >= petitionsPages;
    var body = $('petitions');
    body.textContent = '';
    list.items.forEach(function (item) {
      var tr = document.createElement('tr');
      cell(tr, item.number); cell(tr, item.categoryName); cell(tr, item.communityName); cell(tr, item.gridName || '—');
      cell(tr, item.worker || '未派单'); cell(tr, item.statusLabel); cell(tr, time(item.receivedAt));
      cell(tr, time(item.firstContactedAt)); cell(tr, time(item.closedAt));
      cell(tr, item.satisfaction == null ? '—' : item.satisfaction + ' 分');
      body.appendChild(tr);
    });
    if (!list.items.length) { emptyRow(body, 10, '期间内没有受理的诉求'); }
  }

  function renderIncidents(incidents) {
    $('incidentsTotal').textContent = '（共 ' + incidents.items.length + ' 项）';
    var body = $('incidents');
    body.textContent = '';
    incidents.items.forEach(function (item) {
      var tr = document.createElement('tr');
      cell(tr, item.matterNumber || '—'); cell(tr, item.process); cell(tr, item.step); cell(tr, item.communityName);
      cell(tr, (item.since || '').replace('T', ' ').substring(0, 16)); cell(tr, item.message || '—');
      cell(tr, item.remedy);
      body.appendChild(tr);
    });
    if (!incidents.items.length) { emptyRow(body, 7, '暂无故障'); }
  }

  function refresh(event) {
    if (event) { event.preventDefault(); }
    if (!scope || !$('unitId').value) { return; }
    var load = ++loading;
    var p = period();
    var unit = $('unit').value;
    var unitId = encodeURIComponent($('unitId').value);
    var q = 'from=' + p[0] + '&to=' + p[1] + '&unit=' + unit + '&unitId=' + unitId;
    var overdueQ = 'unit=' + unit + '&unitId=' + unitId;
    var comparable = unit === 'STREET' || unit === 'COMMUNITY';
    setLinks(q, overdueQ, comparable);
    $('comparisonSection').hidden = !comparable;
    $('comparisonPart').textContent = unit === 'STREET' ? '社区' : '网格';
    Promise.all([api('/api/supervision/summary?' + q),
      comparable ? api('/api/supervision/comparison?' + q) : Promise.resolve(null),
      api('/api/supervision/overdue?' + overdueQ),
      api('/api/supervision/incidents?' + overdueQ),
      api('/api/supervision/petitions?' + q + '&page=' + petitionsPage + '&size=' + PAGE_SIZE)]).then(function (answers) {
      if (load !== loading) { return; }
      $('error').textContent = '';
      render(answers[0]);
      if (answers[1]) {
        comparisonRows = answers[1].rows;
        $('comparisonNote').textContent = '点击列标题排序；' + answers[1].unitName + '，' + answers[1].from + ' 至 '
          + answers[1].to + '。';
        renderComparison();
      }
      renderOverdue(answers[2]);
      renderIncidents(answers[3]);
      renderPetitions(answers[4]);
    }).catch(function (e) {
      if (load !== loading) { return; }
      clearAll();
      $('error').textContent = e.message;
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('#comparisonTable th button'), function (button) {
    button.addEventListener('click', function () {
      var key = button.getAttribute('data-key');
      sortDir = key === sortKey && sortDir === 'ascending' ? 'descending' : 'ascending';
      sortKey = key;
      renderComparison();
    });
  });

  clearAll();
  api('/api/supervision/scope').then(function (answer) {
    scope = answer;
    Array.prototype.slice.call($('unit').options).forEach(function (option) {
      if (!(scope[KINDS[option.value]] || []).length) { $('unit').removeChild(option); }
    });
    $('unit').value = scope.streets.length ? 'STREET' : 'COMMUNITY';
    fillUnits();
    refresh();
  }).catch(function (e) { $('error').textContent = e.message; });
  // another unit or period starts the petition list at its first page again
  function fromFirstPage(event) { petitionsPage = 0; refresh(event); }
  $('unit').addEventListener('change', function () { $('unitId').value = ''; fillUnits(); fromFirstPage(); });
  $('unitId').addEventListener('change', fromFirstPage);
  $('period').addEventListener('change', function () { if ($('period').value !== 'custom') { fromFirstPage(); } });
  ['from', 'to'].forEach(function (id) {
    $(id).addEventListener('change', function () { $('period').value = 'custom'; });
  });
  $('filters').addEventListener('submit', fromFirstPage);
  $('petitionsPrev').addEventListener('click', function () {
    if (petitionsPage > 0) { petitionsPage--; refresh(); }
  });
  $('petitionsNext').addEventListener('click', function () {
    if (petitionsPage + 1 < petitionsPages) { petitionsPage++; refresh(); }
  });
  // logging out here logs out of Tasklist too: it is one session
  $('logout').addEventListener('click', function () {
    fetch('/logout', { method: 'POST', credentials: 'same-origin' }).then(function () {
      location.assign('/login/?next=' + encodeURIComponent(location.pathname));
    }, function () { $('error').textContent = '无法连接服务器，未能退出登录'; });
  });
  setInterval(function () { if (!document.hidden) { refresh(); } }, 60000);
  window.addEventListener('resize', function () { chart.resize(); });
}());
