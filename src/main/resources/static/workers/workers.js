// A community worker's own record from /api/workers/me, and the records she supervises from /api/workers (a
// community head's, the street office's); everything written with textContent.
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }

  function line(list, title, meta, badge) {
    var item = $('line-template').content.cloneNode(true);
    var t = item.querySelector('.title');
    t.textContent = title;
    if (badge) {
      var b = document.createElement('span');
      b.className = 'badge ' + badge[1];
      b.textContent = badge[0];
      t.appendChild(b);
    }
    item.querySelector('.meta').textContent = meta;
    list.appendChild(item);
  }

  function certificateState(q) {
    if (!q.valid) { return ['已失效', 'expired']; }
    if (q.renewalDue) { return ['即将到期，请办理注册续期', 'due']; }
    return ['有效', 'valid'];
  }

  function latestAppraisal(record) {
    var a = record.appraisals;
    return a.length ? a[a.length - 1].year + ' 年 ' + a[a.length - 1].resultLabel : '—';
  }

  function render(record) {
    var node = $('record-template').content.cloneNode(true);
    node.querySelector('.name').textContent = record.name;
    node.querySelector('.community').textContent = record.communityName;
    node.querySelector('.post').textContent = record.postLabel;
    node.querySelector('.grade').textContent = record.grade + ' 级（本岗位 ' + record.gradeMin + '–' + record.gradeMax
      + ' 级）';
    var history = node.querySelector('.grade-history');
    record.gradeHistory.slice().reverse().forEach(function (g) {
      line(history, (g.fromGrade == null ? '起始 ' : g.fromGrade + ' 级 → ') + g.toGrade + ' 级',
        g.effectiveOn + ' · ' + g.reasonLabel + ' · ' + g.changedBy);
    });
    var quals = node.querySelector('.qualifications');
    node.querySelector('.no-qualification').hidden = record.qualifications.length > 0;
    record.qualifications.forEach(function (q) {
      line(quals, q.levelLabel, '证书编号 ' + (q.certificateNumber || '—') + ' · 取得 ' + q.issuedOn
        + ' · 注册有效期至 ' + (q.validUntil || '长期') + (q.renewedOn ? ' · 续期于 ' + q.renewedOn : ''),
        certificateState(q));
    });
    var t = record.training;
    node.querySelector('.training-title').textContent = t.year + ' 年度培训';
    node.querySelector('.training-summary').textContent = '已记 ' + t.hoursCredited + ' 学时，应完成 '
      + t.hoursRequired + ' 学时' + (t.hoursShort > 0 ? '，还差 ' + t.hoursShort + ' 学时' : '，已完成');
    var progress = node.querySelector('.training-progress');
    progress.value = t.hoursRequired > 0 ? Math.min(1, t.hoursCredited / t.hoursRequired) : 1;
    progress.setAttribute('aria-label', t.year + ' 年度培训学时完成进度');
    var courses = node.querySelector('.courses');
    node.querySelector('.no-courses').hidden = t.plannedCourses.length > 0;
    t.plannedCourses.forEach(function (c) {
      line(courses, c.title, c.provider + ' · ' + c.hours + ' 学时 · ' + c.startsOn + ' 至 ' + c.endsOn);
    });
    var credits = node.querySelector('.credits');
    node.querySelector('.no-credits').hidden = t.credited.length > 0;
    t.credited.forEach(function (c) {
      line(credits, c.courseTitle || c.sourceLabel, c.creditedOn + ' · ' + (c.attended ? '出勤' : '缺勤') + ' · '
        + c.hoursCredited + ' 学时' + (c.certificateReference ? ' · 结业证书 ' + c.certificateReference : ''));
    });
    var appraisals = node.querySelector('.appraisals');
    node.querySelector('.no-appraisals').hidden = record.appraisals.length > 0;
    record.appraisals.slice().reverse().forEach(function (a) {
      line(appraisals, a.year + ' 年度：' + a.resultLabel, '街道决定：' + a.appraisedBy
        + (a.proposedBy ? ' · 社区提议：' + a.proposedBy : ''));
    });
    return node;
  }

  function row(record) {
    var tr = document.createElement('tr');
    var t = record.training;
    var due = record.qualifications.filter(function (q) { return q.valid && q.renewalDue; }).length;
    [record.name, record.communityName, record.postLabel + ' · ' + record.grade + ' 级', record.qualificationLabel,
      t.hoursCredited + ' / ' + t.hoursRequired, due > 0 ? due + ' 张即将到期' : '—', latestAppraisal(record)]
      .forEach(function (text, i) {
        var td = document.createElement('td');
        td.textContent = text;
        if (i === 4 && t.hoursShort > 0) { td.className = 'short'; }
        tr.appendChild(td);
      });
    return tr;
  }

  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 401) {
          location.assign('/login/?next=' + encodeURIComponent(location.pathname));
          return null;
        }
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      });
  }

  Promise.all([get('/api/workers/me'), get('/api/workers')]).then(function (answers) {
    var me = answers[0];
    var all = answers[1];
    if (!me || !all) { return; }
    $('status').textContent = '';
    if (me.ok) { $('own').appendChild(render(me.body)); }
    if (all.ok) {
      var others = all.body.filter(function (r) { return !me.ok || r.id !== me.body.id; });
      $('supervisedSection').hidden = false;
      $('supervisedNote').textContent = '共 ' + others.length + ' 名；学时为本年度已记 / 应完成，红色为未完成。';
      others.forEach(function (r) {
        $('supervised').appendChild(row(r));
        var details = document.createElement('details');
        details.className = 'record-details';
        var summary = document.createElement('summary');
        summary.textContent = r.name + '的档案';
        details.appendChild(summary);
        details.appendChild(render(r));
        $('supervisedRecords').appendChild(details);
      });
    }
    if (!me.ok && !all.ok) {
      $('error').textContent = me.body.detail || '无法读取社区工作者档案';
    }
  }).catch(function () { $('error').textContent = '无法连接服务器，请稍后再试'; });

  $('logout').addEventListener('click', function () {
    fetch('/logout', { method: 'POST', credentials: 'same-origin' }).then(function () {
      location.assign('/login/?next=' + encodeURIComponent(location.pathname));
    }, function () { $('error').textContent = '无法连接服务器，未能退出登录'; });
  });
}());
