// The micro-wishes page: everything is written with textContent, never as markup. The community is kept in the
// address (?community=heyuan) so the page can be shared.
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }
  function time(text) { return text ? text.replace('T', ' ').substring(0, 16) : ''; }
  function community() { return new URLSearchParams(window.location.search).get('community') || ''; }

  function render(wish, list) {
    var node = $('wish-template').content.cloneNode(true);
    node.querySelector('.title').textContent = wish.title;
    var status = node.querySelector('.status');
    status.textContent = wish.statusLabel;
    status.classList.add(wish.status);
    node.querySelector('.when').textContent = '服务时间 ' + time(wish.startsAt);
    node.querySelector('.content').textContent = wish.description;
    list.appendChild(node);
  }

  function loadWishes() {
    var list = $('wish-list');
    list.textContent = '';
    $('wishes-empty').hidden = true;
    if (!community()) {
      $('filter-status').textContent = '请选择社区（村）。';
      return Promise.resolve();
    }
    return fetch('/public/micro-wishes?community=' + encodeURIComponent(community()))
      .then(function (r) {
        if (!r.ok) { throw new Error(r.status === 429 ? '查询太频繁，请稍后再试。' : '暂时无法读取微心愿，请稍后再试。'); }
        return r.json();
      })
      .then(function (wishes) {
        wishes.forEach(function (w) { render(w, list); });
        $('wishes-empty').hidden = wishes.length > 0;
        var met = wishes.filter(function (w) { return w.status === 'MET'; }).length;
        $('filter-status').textContent = '共 ' + wishes.length + ' 个心愿，已实现 ' + met + ' 个。';
      })
      .catch(function (e) { $('filter-status').textContent = e.message; });
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
    }).catch(function () { $('filter-status').textContent = '暂时无法读取社区列表，请稍后再试。'; });
  }

  $('community-filter').addEventListener('change', function () {
    var params = new URLSearchParams(window.location.search);
    if (this.value) { params.set('community', this.value); } else { params.delete('community'); }
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
    loadWishes();
  });
  $('filter-form').addEventListener('submit', function (event) { event.preventDefault(); });

  loadCommunities().then(loadWishes);
}());
