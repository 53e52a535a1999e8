// The disclosure board: everything is written with textContent, never as markup.
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }
  function time(text) { return text ? text.replace('T', ' ').substring(0, 16) : '—'; }

  function render(notice, list, open) {
    var node = $('notice-template').content.cloneNode(true);
    node.querySelector('.title').textContent = notice.title;
    node.querySelector('.meta').textContent = notice.number + ' · ' + notice.communityName + ' · ' + notice.kindLabel
      + ' · ' + notice.statusLabel;
    node.querySelector('.content').textContent = notice.content;
    node.querySelector('.deadline').textContent = '公布：' + time(notice.publishedAt) + '；异议截止：'
      + time(notice.objectionDeadline) + '；已收到异议 ' + notice.objectionCount + ' 件';
    if (notice.ruling) {
      node.querySelector('.ruling').textContent = '监督委员会审查结论：'
        + (notice.ruling === 'UPHELD' ? '异议成立' : '异议不成立') + '。' + (notice.rulingReasons || '');
    }
    var form = node.querySelector('form');
    if (!open || !notice.objectionsOpen) {
      form.remove();
    } else {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var error = form.querySelector('.error');
        var done = form.querySelector('.done');
        error.textContent = '';
        done.textContent = '';
        fetch('/api/disclosures/' + encodeURIComponent(notice.number) + '/objections', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ content: form.elements.content.value })
        }).then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (json) {
            if (response.ok) {
              done.textContent = '异议已提交，监督委员会将在公示期满后审查。';
              form.elements.content.value = '';
            } else {
              var first = (json.errors || [])[0];
              error.textContent = first ? first.message : (json.detail || '提交失败，请稍后再试');
            }
          });
        }).catch(function () { error.textContent = '网络异常，请稍后再试'; });
      });
    }
    list.appendChild(node);
  }

  function load(view, listId, emptyId) {
    fetch('/api/disclosures?view=' + view).then(function (r) { return r.json(); }).then(function (notices) {
      $(emptyId).hidden = notices.length > 0;
      notices.forEach(function (n) { render(n, $(listId), view === 'active'); });
    });
  }

  load('active', 'open-list', 'open-empty');
  load('archived', 'archive-list', 'archive-empty');
}());
