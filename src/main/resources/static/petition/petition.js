// The resident's page: everything is written with textContent, never as markup.
(function () {
  'use strict';
  var communities = [];

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
      var grid = $('gridCode');
      while (grid.options.length > 1) { grid.remove(1); }
      var chosen = communities.filter(function (c) { return c.code === $('communityCode').value; })[0];
      (chosen ? chosen.grids : []).forEach(function (g) { grid.appendChild(option(g.code, g.name)); });
    });
    $('description').addEventListener('input', function () {
      $('description-count').textContent = String($('description').value.length);
    });
  }

  function file(event) {
    event.preventDefault();
    var form = $('petition-form');
    clearErrors(form);
    var body = {};
    ['category', 'communityCode', 'gridCode', 'location', 'description', 'petitionerName', 'petitionerPhone']
      .forEach(function (name) { var v = form.elements[name].value.trim(); if (v) { body[name] = v; } });
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
  $('lookup-form').addEventListener('submit', lookup);
  var fromQuery = new URLSearchParams(window.location.search).get('number');
  if (fromQuery) { $('lookup-number').value = fromQuery; lookup(new Event('submit')); }
}());
