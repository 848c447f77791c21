// Follow-up page: sign in with code + passphrase, read staff questions, answer or add information.
// The token lives in memory only (nothing in storage, no cookies).
(function () {
  "use strict";
  var EXIT_URL = document.documentElement.getAttribute("data-exit-url") || "https://www.google.com/";
  var token = null;

  function quickExit() {
    token = null;
    document.body.innerHTML = "";
    window.location.replace(EXIT_URL);
  }
  document.getElementById("quick-exit").addEventListener("click", quickExit);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") quickExit(); });

  var status = document.getElementById("status");
  var log = document.getElementById("log");

  function show(entries) {
    log.textContent = "";
    if (!entries.length) {
      status.textContent = "No questions from our team yet. You can add information below.";
    } else {
      status.textContent = "";
    }
    entries.forEach(function (e) {
      var li = document.createElement("li");
      li.className = e.author === "staff" ? "bot" : "person";
      li.textContent = (e.author === "staff" ? "Our team: " : "You: ") + e.text;
      log.appendChild(li);
    });
  }

  function call(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined,
                         credentials: "omit", cache: "no-store" });
  }

  document.getElementById("sign-in").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var code = document.getElementById("code").value, passphrase = document.getElementById("passphrase").value;
    call("POST", "/api/follow-up/sign-in", { code: code, passphrase: passphrase }).then(function (resp) {
      if (resp.status === 429) { status.textContent = "Too many tries. Please wait an hour and try again."; return null; }
      if (!resp.ok) { status.textContent = "That code and passphrase do not match."; return null; }
      return resp.json();
    }).then(function (data) {
      if (!data) return;
      token = data.token;
      document.getElementById("sign-in").hidden = true;
      document.getElementById("composer").hidden = false;
      return call("GET", "/api/follow-up/thread").then(function (r) { return r.json(); }).then(function (t) {
        show(t.entries);
      });
    }).catch(function () { status.textContent = "Could not connect. Please try again."; });
  });

  document.getElementById("composer").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var box = document.getElementById("message");
    var text = box.value.trim();
    if (!text) return;
    call("POST", "/api/follow-up/messages", { text: text }).then(function (resp) {
      if (!resp.ok) { status.textContent = "Not sent. Please sign in again."; return null; }
      return resp.json();
    }).then(function (t) {
      if (!t) return;
      box.value = "";
      show(t.entries);
      status.textContent = "Thank you. Our team will see it.";
    });
  });
})();
