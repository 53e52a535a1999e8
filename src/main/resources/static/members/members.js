// A Party member's own record from /api/members/me, or a unit contact's from /api/members/unit (the Tasklist login);
// everything written with textContent.
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }
  function when(value) { return value ? value.replace('T', ' ').substring(0, 16) : ''; }
  function hours(value) { return value == null ? '0' : String(Number(value)); }

  function show(record) {
    var node = $('record-template').content.cloneNode(true);
    var reporting = record.reporting || {};
    node.querySelector('.name').textContent = record.name;
    node.querySelector('.reporting-status').textContent = reporting.statusLabel || '未报到';
    node.querySelector('.community').textContent = reporting.communityName || '—';
    node.querySelector('.reported-on').textContent = reporting.reportedOn || '—';
    node.querySelector('.unit').textContent = record.unit ? record.unit.name : '—';
    node.querySelector('.duties').textContent = (reporting.duties || []).join('；') || '—';
    node.querySelector('.year-label').textContent = record.hours.year + ' 年 ';
    node.querySelector('.this-year').textContent = hours(record.hours.thisYear);
    node.querySelector('.total').textContent = hours(record.hours.total);
    var list = node.querySelector('.service');
    node.querySelector('.empty').hidden = record.service.length > 0;
    record.service.forEach(function (line) {
      var item = $('line-template').content.cloneNode(true);
      item.querySelector('.title').textContent = line.title;
      var status = item.querySelector('.status');
      status.textContent = line.statusLabel;
      status.classList.add(line.status);
      item.querySelector('.kind').textContent = line.kindLabel;
      item.querySelector('.when').textContent = when(line.startsAt);
      item.querySelector('.line-hours').textContent = line.hours == null ? '' : hours(line.hours) + ' 小时';
      list.appendChild(item);
    });
    var feedback = node.querySelector('.feedback-lines');
    node.querySelector('.feedback-empty').hidden = record.feedback.length > 0;
    record.feedback.forEach(function (line) {
      var item = $('feedback-template').content.cloneNode(true);
      item.querySelector('.title').textContent = line.year + ' 年度 · ' + line.communityName;
      item.querySelector('.feedback-hours').textContent = '确认服务 ' + hours(line.hours) + ' 小时，'
        + line.activities + ' 次';
      item.querySelector('.feedback-sent').textContent = '社区发送于 ' + when(line.sentAt);
      item.querySelector('.feedback-confirmed').textContent = line.confirmedAt
        ? '单位确认收到于 ' + when(line.confirmedAt) : '单位尚未确认收到';
      item.querySelector('.feedback-comment').textContent = line.comment ? '评语：' + line.comment : '';
      feedback.appendChild(item);
    });
    $('records').appendChild(node);
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

  get('/api/members/me').then(function (me) {
    if (!me) { return; }
    if (me.ok) {
      show(me.body);
      $('status').textContent = '';
      return;
    }
    return get('/api/members/unit').then(function (unit) {
      if (!unit) { return; }
      if (!unit.ok) {
        $('status').textContent = '';
        $('error').textContent = me.body.detail || '无法读取党员服务记录';
        return;
      }
      $('status').textContent = unit.body.unit.name + '：本单位在职党员 ' + unit.body.members.length + ' 名';
      unit.body.members.forEach(show);
    });
  }).catch(function () { $('error').textContent = '无法连接服务器，请稍后再试'; });

  $('logout').addEventListener('click', function () {
    fetch('/logout', { method: 'POST', credentials: 'same-origin' }).then(function () {
      location.assign('/login/?next=' + encodeURIComponent(location.pathname));
    }, function () { $('error').textContent = '无法连接服务器，未能退出登录'; });
  });
}());
