// The staff login: the same account and the same session as Tasklist (StaffLoginController).
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }
  var next = new URLSearchParams(location.search).get('next') || '/supervision/';

  function fail(message, field) {
    $('error').textContent = message;
    ['username', 'password'].forEach(function (id) {
      if (id === field) { $(id).setAttribute('aria-invalid', 'true'); } else { $(id).removeAttribute('aria-invalid'); }
    });
    (field ? $(field) : $('error')).focus();
  }

  $('username').focus();
  $('login').addEventListener('submit', function (event) {
    event.preventDefault();
    var username = $('username').value.trim();
    var password = $('password').value;
    if (!username) { return fail('请输入用户名', 'username'); }
    if (!password) { return fail('请输入密码', 'password'); }
    $('submit').disabled = true;
    $('submit').textContent = '正在登录…';
    var body = new URLSearchParams({username: username, password: password, next: next});
    fetch('/login', {method: 'POST', credentials: 'same-origin', body: body})
      .then(function (response) {
        if (response.ok) {
          return response.json().then(function (answer) { location.assign(answer.next); });
        }
        return response.json().catch(function () { return {}; }).then(function (problem) {
          if (response.status === 401) { fail('用户名或密码不正确', 'password'); }
          else { fail(problem.detail || '登录失败，请稍后再试'); }
        });
      }, function () { fail('无法连接服务器，请检查网络后再试'); })
      .finally(function () { $('submit').disabled = false; $('submit').textContent = '登录'; });
  });
}());
