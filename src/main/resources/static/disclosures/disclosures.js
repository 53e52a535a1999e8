// The disclosure board: everything is written with textContent, never as markup. The community filter is kept in the
// address (?community=heyuan) so a filtered board can be shared; a notice is linked as /disclosures/#N-2026-000001.
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }
  function time(text) { return text ? text.replace('T', ' ').substring(0, 16) : '—'; }

  function community() { return new URLSearchParams(window.location.search).get('community') || ''; }

  function renderVote(node, vote) {
    if (!vote) { return; }
    var box = node.querySelector('.vote');
    box.querySelector('.vote-title').textContent = '表决情况：' + vote.body + (vote.heldOn ? '（' + vote.heldOn + '）' : '');
    var counts = box.querySelector('.vote-counts');
    var rows = [['应到', vote.due + ' 人'], ['实到', vote.present == null ? '—' : vote.present + ' 人']];
    if (vote.householdsDue != null) {
      rows.push(['应到户代表', vote.householdsDue + ' 户']);
      rows.push(['实到户代表', vote.householdsPresent == null ? '—' : vote.householdsPresent + ' 户']);
    }
    rows.push(['赞成', (vote.votesFor == null ? 0 : vote.votesFor) + ' 票']);
    rows.push(['反对', (vote.votesAgainst == null ? 0 : vote.votesAgainst) + ' 票']);
    if (vote.votesAbstain != null) { rows.push(['弃权', vote.votesAbstain + ' 票']); }
    rows.forEach(function (row) {
      var div = document.createElement('div');
      var dt = document.createElement('dt');
      var dd = document.createElement('dd');
      dt.textContent = row[0];
      dd.textContent = row[1];
      div.appendChild(dt);
      div.appendChild(dd);
      counts.appendChild(div);
    });
    box.hidden = false;
  }

  function render(notice, list, open) {
    var node = $('notice-template').content.cloneNode(true);
    var article = node.querySelector('article');
    article.id = notice.number;
    article.setAttribute('aria-labelledby', 'title-' + notice.number);
    var title = node.querySelector('.title');
    title.id = 'title-' + notice.number;
    title.textContent = notice.title;
    node.querySelector('.meta').textContent = notice.number + ' · ' + notice.communityName + ' · ' + notice.kindLabel
      + ' · ' + notice.statusLabel;
    node.querySelector('.content').textContent = notice.content;
    renderVote(node, notice.vote);
    node.querySelector('.dates').textContent = '公布：' + time(notice.publishedAt) + '；异议截止：'
      + time(notice.objectionDeadline) + '；';
    var count = node.querySelector('.count');
    count.textContent = String(notice.objectionCount);
    if (notice.ruling) {
      node.querySelector('.ruling').textContent = '监督委员会审查结论：'
        + (notice.ruling === 'UPHELD' ? '异议成立' : '异议不成立') + '。' + (notice.rulingReasons || '');
    }
    var form = node.querySelector('form');
    if (!open || !notice.objectionsOpen) {
      form.remove();
    } else {
      var field = form.elements.content;
      var error = form.querySelector('.error');
      var done = form.querySelector('.done');
      field.id = 'objection-' + notice.number;
      error.id = 'objection-error-' + notice.number;
      done.id = 'objection-done-' + notice.number;
      form.querySelector('.objection-label').htmlFor = field.id;
      form.querySelector('.objection-label').textContent = '对公告 ' + notice.number + ' 提出异议';
      field.setAttribute('aria-describedby', error.id + ' ' + done.id);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        error.textContent = '';
        done.textContent = '';
        field.removeAttribute('aria-invalid');
        fetch('/api/disclosures/' + encodeURIComponent(notice.number) + '/objections', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ content: field.value })
        }).then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (json) {
            if (response.ok) {
              done.textContent = '异议已提交，编号 ' + json.objectionNumber + '。监督委员会将在公示期满后审查。';
              count.textContent = String(json.objectionCount);
              field.value = '';
            } else {
              var first = (json.errors || [])[0];
              error.textContent = first ? first.message : (json.detail || '提交失败，请稍后再试');
              field.setAttribute('aria-invalid', 'true');
              field.focus();
            }
          });
        }).catch(function () { error.textContent = '网络异常，请稍后再试'; });
      });
    }
    list.appendChild(node);
  }

  function load(view, listId, emptyId) {
    var query = '/api/disclosures?view=' + view + (community() ? '&communityCode=' + encodeURIComponent(community()) : '');
    return fetch(query).then(function (r) { return r.json(); }).then(function (notices) {
      var list = $(listId);
      list.textContent = '';
      $(emptyId).hidden = notices.length > 0;
      notices.forEach(function (n) { render(n, list, view === 'active'); });
      return notices.length;
    });
  }

  // A notice named in the address (#N-2026-000001) is scrolled to and focused once the board has loaded.
  function showLinkedNotice() {
    var number = decodeURIComponent(window.location.hash.replace(/^#/, ''));
    var notice = number ? document.getElementById(number) : null;
    if (notice) {
      notice.classList.add('linked');
      notice.scrollIntoView({ block: 'start' });
      notice.focus({ preventScroll: true });
    }
  }

  function loadBoard() {
    return Promise.all([load('active', 'open-list', 'open-empty'), load('archived', 'archive-list', 'archive-empty')])
      .then(function (counts) {
        var select = $('community-filter');
        var chosen = select.options[select.selectedIndex];
        $('filter-status').textContent = (community() && chosen && chosen.value ? chosen.textContent : '全部社区（村）')
          + '：公示中 ' + counts[0] + ' 件，已归档 ' + counts[1] + ' 件';
      });
  }

  function loadCommunities() {
    return fetch('/public/communities').then(function (r) { return r.json(); }).then(function (list) {
      var select = $('community-filter');
      list.forEach(function (c) {
        var o = document.createElement('option');
        o.value = c.code;
        o.textContent = c.name;
        select.appendChild(o);
      });
      select.value = community();
    }).catch(function () { /* the board still shows every community */ });
  }

  $('community-filter').addEventListener('change', function () {
    var params = new URLSearchParams(window.location.search);
    if (this.value) { params.set('community', this.value); } else { params.delete('community'); }
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
    loadBoard();
  });
  $('filter-form').addEventListener('submit', function (event) { event.preventDefault(); });
  window.addEventListener('hashchange', showLinkedNotice);

  loadCommunities().then(loadBoard).then(showLinkedNotice);
}());
