// The resident's page: everything is written with textContent, never as markup.
(function () {
  'use strict';
  var communities = [];
  // The point found by "使用我的位置" and the community it lies in: sent with the petition while that community
  // stays chosen (the server routes by the same rule, docs/open311.md "Routing by location").
  var located = null;
  var locating = false;

  function $(id) { return document.getElementById(id); }
  function option(value, label) { var o = document.createElement('option'); o.value = value; o.textContent = label; return o; }
  function formatTime(text) { return text ? text.replace('T', ' ').substring(0, 16) : '—'; }

  // A field's own description (its hints), kept so that its error can be added to it and taken away again.
  function describedBy(input) {
    if (!input.hasAttribute('data-described-by')) {
      input.setAttribute('data-described-by', input.getAttribute('aria-describedby') || '');
    }
    return input.getAttribute('data-described-by');
  }

  function clearErrors(form) {
    form.querySelectorAll('[data-error-for]').forEach(function (p) { p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) {
      el.removeAttribute('aria-invalid');
      var own = describedBy(el);
      if (own) { el.setAttribute('aria-describedby', own); } else { el.removeAttribute('aria-describedby'); }
    });
    $('error-summary').hidden = true;
    $('error-summary-list').textContent = '';
    $('form-error').textContent = '';
  }

  // Each field's message under it, the field marked invalid and described by its message; a summary at the top
  // links to the fields, and the first invalid field (in the form's order) is scrolled to and focused.
  function showProblem(problem) {
    var form = $('petition-form');
    var invalid = [];
    (problem.errors || []).forEach(function (e) {
      var slot = form.querySelector('[data-error-for="' + e.field + '"]');
      var input = $(e.field);
      if (!slot || !input) { return; }
      slot.textContent = slot.textContent ? slot.textContent + '；' + e.message : e.message;
      if (invalid.indexOf(input) < 0) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', (describedBy(input) + ' ' + slot.id).trim());
        invalid.push(input);
      }
    });
    if (!invalid.length) {
      $('form-error').textContent = problem.detail || problem.title || '提交失败，请稍后再试';
      $('form-error').scrollIntoView({ block: 'center' });
      return;
    }
    var fields = Array.prototype.slice.call(form.querySelectorAll('input, select, textarea'));
    invalid.sort(function (a, b) { return fields.indexOf(a) - fields.indexOf(b); });
    var list = $('error-summary-list');
    invalid.forEach(function (input) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + input.id;
      link.textContent = labelOf(input) + '：' + form.querySelector('[data-error-for="' + input.id + '"]').textContent;
      link.addEventListener('click', function (event) { event.preventDefault(); focusField(input); });
      li.appendChild(link);
      list.appendChild(li);
    });
    $('error-summary').hidden = false;
    focusField(invalid[0]);
  }

  function labelOf(input) {
    var label = document.querySelector('label[for="' + input.id + '"]');
    return label ? label.firstChild.textContent.trim() : input.name;
  }

  function focusField(input) {
    input.scrollIntoView({ block: 'center' });
    input.focus({ preventScroll: true });
  }

  function loadOptions() {
    fetch('/public/petition-categories').then(function (r) { return r.json(); }).then(function (categories) {
      categories.forEach(function (c) { $('category').appendChild(option(c.code, c.name)); });
      $('category').addEventListener('change', function () {
        var chosen = categories.filter(function (c) { return c.code === $('category').value; })[0];
        $('category-hint').textContent = chosen ? chosen.description : '';
      });
    });
    fetch('/public/communities').then(function (r) { return r.json(); }).then(function (list) {
      communities = list;
      list.forEach(function (c) { $('communityCode').appendChild(option(c.code, c.name)); });
    });
    $('communityCode').addEventListener('change', function () {
      fillGrids();
      if (located && located.community !== $('communityCode').value) {
        located = null;
        locateStatus('已改为您选择的社区（村），提交时不附带位置。', '');
      }
    });
    $('description').addEventListener('input', function () {
      $('description-count').textContent = String($('description').value.length);
    });
  }

  // The grids of the chosen community, "不清楚" first.
  function fillGrids() {
    var grid = $('gridCode');
    while (grid.options.length > 1) { grid.remove(1); }
    var chosen = communities.filter(function (c) { return c.code === $('communityCode').value; })[0];
    (chosen ? chosen.grids : []).forEach(function (g) { grid.appendChild(option(g.code, g.name)); });
  }

  function locateStatus(text, kind) {
    $('locate-status').textContent = text;
    $('locate-status').className = 'locate-status' + (kind ? ' ' + kind : '');
  }

  var POSITION_PROBLEMS = {
    1: '您没有允许本页获取位置，请在下面手动选择所在社区（村）。如需定位，可在浏览器设置中允许本网站使用位置信息后再试。',
    2: '暂时无法获取您的位置（可能定位信号较弱或没有开启定位服务），请稍后再试，或在下面手动选择所在社区（村）。',
    3: '获取位置超时，请稍后再试，或在下面手动选择所在社区（村）。'
  };

  // "使用我的位置": the browser asks the resident first; the point goes to /public/locate, and the community and grid
  // it lies in are chosen in the pickers, where she can still change them.
  function locate() {
    if (locating) { return; }
    located = null;
    if (!window.isSecureContext || !navigator.geolocation) {
      locateStatus(window.isSecureContext ? '您的浏览器不支持定位，请在下面手动选择所在社区（村）。'
        : '当前连接不是加密连接（https），浏览器不允许定位，请在下面手动选择所在社区（村）。', 'problem');
      return;
    }
    locating = true;
    $('locate').setAttribute('aria-disabled', 'true');
    locateStatus('正在获取您的位置，如浏览器询问，请选择“允许”……', '');
    navigator.geolocation.getCurrentPosition(function (position) {
      var latitude = Math.round(position.coords.latitude * 1e6) / 1e6;
      var longitude = Math.round(position.coords.longitude * 1e6) / 1e6;
      locateStatus('已获取位置，正在查找所在社区（村）……', '');
      fetch('/public/locate?lat=' + encodeURIComponent(latitude) + '&long=' + encodeURIComponent(longitude))
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (json) {
            if (response.ok && json.community) {
              choose(json, latitude, longitude);
            } else if (response.status === 404) {
              locateStatus('您现在的位置不在本街道各社区（村）的范围内，请在下面手动选择所在社区（村）。', 'problem');
            } else if (response.status === 429) {
              locateStatus('定位查询过于频繁，请稍后再试，或在下面手动选择所在社区（村）。', 'problem');
            } else {
              locateStatus('暂时无法确定所在社区（村），请在下面手动选择。', 'problem');
            }
          });
        })
        .catch(function () { locateStatus('网络异常，暂时无法确定所在社区（村），请稍后再试或在下面手动选择。', 'problem'); })
        .finally(doneLocating);
    }, function (error) {
      locateStatus(POSITION_PROBLEMS[error.code] || POSITION_PROBLEMS[2], 'problem');
      doneLocating();
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  }

  function doneLocating() {
    locating = false;
    $('locate').removeAttribute('aria-disabled');
  }

  function choose(place, latitude, longitude) {
    var community = $('communityCode');
    community.value = place.community.code;
    if (community.value !== place.community.code) {
      locateStatus('已定位到' + place.community.name + '，但它不在可选的社区（村）中，请在下面手动选择。', 'problem');
      return;
    }
    fillGrids();
    if (place.grid) { $('gridCode').value = place.grid.code; }
    located = { latitude: latitude, longitude: longitude, community: place.community.code };
    locateStatus('已定位：' + place.community.name + (place.grid && $('gridCode').value === place.grid.code
      ? ' ' + place.grid.name : '（未能确定网格，可不填或手动选择）') + '。如有不对，可以在下面改选。', 'found');
  }

  function file(event) {
    event.preventDefault();
    var form = $('petition-form');
    clearErrors(form);
    var body = {};
    ['category', 'communityCode', 'gridCode', 'location', 'description', 'petitionerName', 'petitionerPhone']
      .forEach(function (name) { var v = form.elements[name].value.trim(); if (v) { body[name] = v; } });
    if (located && located.community === body.communityCode) {
      body.latitude = located.latitude;
      body.longitude = located.longitude;
    }
    $('submit').disabled = true;
    var key = 'web-' + Date.now().toString(36) + '-' + Math.random().toString(36).substring(2, 10);
    fetch('/public/petitions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.ok) {
          $('receipt-number').textContent = json.number;
          $('receipt-due').textContent = formatTime(json.resolutionDue);
          $('receipt').hidden = false;
          form.hidden = true;
          $('lookup-number').value = json.number;
          $('receipt-title').focus();
        } else if (response.status === 429) {
          $('form-error').textContent = json.detail || '提交过于频繁，请稍后再试';
        } else {
          showProblem(json);
        }
      });
    }).catch(function () {
      $('form-error').textContent = '网络异常，请稍后再试';
    }).finally(function () { $('submit').disabled = false; });
  }

  function lookup(event) {
    event.preventDefault();
    var number = $('lookup-number').value.trim().toUpperCase();
    $('lookup-error').textContent = '';
    $('status').hidden = true;
    if (!number) {
      $('lookup-error').textContent = '请输入诉求编号';
      $('lookup-number').setAttribute('aria-invalid', 'true');
      $('lookup-number').focus();
      return;
    }
    fetch('/public/petitions/' + encodeURIComponent(number)).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          $('lookup-error').textContent = '未找到该诉求编号，请核对后再试';
          $('lookup-number').setAttribute('aria-invalid', 'true');
          $('lookup-number').focus();
          return;
        }
        $('lookup-number').removeAttribute('aria-invalid');
        $('status-number').textContent = json.number;
        $('status-category').textContent = json.categoryName;
        $('status-community').textContent = json.communityName;
        $('status-label').textContent = json.statusLabel;
        $('status-step').textContent = json.latestStep || '—';
        $('status-due').textContent = formatTime(json.resolutionDue);
        var steps = $('status-steps');
        steps.textContent = '';
        (json.steps || []).forEach(function (s) {
          var li = document.createElement('li');
          var when = document.createElement('time');
          when.dateTime = s.at || '';
          when.textContent = formatTime(s.at);
          li.appendChild(when);
          li.appendChild(document.createTextNode(' ' + (s.text || s.typeLabel)));
          steps.appendChild(li);
        });
        var notices = $('status-notice-list');
        notices.textContent = '';
        (json.notices || []).forEach(function (n) {
          var li = document.createElement('li');
          var link = document.createElement('a');
          link.href = '/disclosures/#' + encodeURIComponent(n.number);
          link.textContent = n.title + '（' + n.number + '）';
          li.appendChild(link);
          notices.appendChild(li);
        });
        $('status-notices').hidden = !(json.notices || []).length;
        $('status').hidden = false;
        if (event.isTrusted !== false) { $('status-title').focus(); }
      });
    }).catch(function () { $('lookup-error').textContent = '网络异常，请稍后再试'; });
  }

  loadOptions();
  $('petition-form').addEventListener('submit', file);
  $('locate').addEventListener('click', locate);
  $('lookup-form').addEventListener('submit', lookup);
  var fromQuery = new URLSearchParams(window.location.search).get('number');
  if (fromQuery) { $('lookup-number').value = fromQuery; lookup(new Event('submit')); }
}());
