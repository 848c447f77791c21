// The anonymous chat page. No cookies, no third-party code; the session lives in sessionStorage
// and Quick Exit (button or Esc) wipes it and replaces this page without a history entry.
(function () {
  "use strict";
  const EXIT_URL = document.documentElement.dataset.exitUrl || "https://www.google.com/search?q=weather+today";
  const STORE = "tipline.chat";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const send = document.getElementById("send");
  const status = document.getElementById("status");
  const seen = new Set();
  let session = null;
  let socket = null;

  function quickExit() {
    try { sessionStorage.clear(); } catch (e) { /* storage may be disabled */ }
    try { if (socket) socket.close(); } catch (e) { /* ignore */ }
    document.body.innerHTML = "";
    window.location.replace(EXIT_URL);
  }
  document.getElementById("quick-exit").addEventListener("click", quickExit);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") quickExit(); });

  // A reply that says the chat was erased: the next message opens a new chat (sent into this one, it would be
  // erased with it, for the socket shows that reply before the erasure is done).
  let erased = false;

  function showReply(r) {
    show(r.text, "bot", r.id);
    if (r.erased) erased = true;
  }

  function show(text, who, id) {
    if (id !== undefined) { if (seen.has(id)) return; seen.add(id); }
    const li = document.createElement("li");
    li.className = who;
    li.textContent = text;
    log.appendChild(li);
    li.scrollIntoView({ block: "end" });
    remember();
  }

  function remember() {
    const items = Array.from(log.children).map(function (li) { return [li.className, li.textContent]; });
    try { sessionStorage.setItem(STORE, JSON.stringify({ session: session, items: items, seen: Array.from(seen) })); } catch (e) { /* ignore */ }
  }

  function restore() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORE) || "null");
      if (!saved || !saved.session) return;
      session = saved.session;
      (saved.seen || []).forEach(function (id) { seen.add(id); });
      (saved.items || []).forEach(function (pair) {
        const li = document.createElement("li"); li.className = pair[0]; li.textContent = pair[1]; log.appendChild(li);
      });
    } catch (e) { /* start afresh */ }
  }

  // The chat is gone (erased after DELETE and YES, or past retention): the page starts afresh instead of showing
  // the erased messages and failing every send.
  function forget() {
    try { if (socket) { socket.onclose = null; socket.close(); } } catch (e) { /* ignore */ }
    socket = null;
    session = null;
    seen.clear();
    log.replaceChildren();
    try { sessionStorage.removeItem(STORE); } catch (e) { /* ignore */ }
  }

  function post(s, text) {
    return fetch("/chat/sessions/" + encodeURIComponent(s.session_id) + "/messages", {
      method: "POST", credentials: "omit",
      headers: { "Content-Type": "application/json", "Authorization": "Bearer " + s.token },
      body: JSON.stringify({ text: text, client_message_id: crypto.randomUUID().replace(/-/g, "") }),
    });
  }

  async function ensureSession() {
    if (session) return session;
    const resp = await fetch("/chat/sessions", { method: "POST", credentials: "omit" });
    if (!resp.ok) throw new Error("session");
    session = await resp.json();
    remember();
    connect();
    return session;
  }

  function connect() {
    if (!session || socket) return;
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/chat/sessions/" + encodeURIComponent(session.session_id) + "/ws");
    // the last reply shown: what came while the page was away is sent again, and shown once
    socket.onopen = function () {
      const after = Array.from(seen).filter(function (id) { return typeof id === "number"; })
        .reduce(function (a, b) { return Math.max(a, b); }, 0);
      socket.send(JSON.stringify({ token: session.token, after: after }));
    };
    socket.onmessage = function (ev) {
      const data = JSON.parse(ev.data);
      if (data.type === "reply") showReply(data);
    };
    socket.onclose = function () { socket = null; setTimeout(connect, 3000); };
  }

  form.addEventListener("submit", async function (ev) {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    send.disabled = true;
    status.textContent = "Sending…";
    try {
      if (erased) { forget(); erased = false; }
      let s = await ensureSession();
      input.value = "";
      show(text, "person");
      let resp = await post(s, text);
      if (resp.status === 404) {  // this chat was erased: the message opens a new one
        forget();
        show(text, "person");
        s = await ensureSession();
        resp = await post(s, text);
      }
      if (!resp.ok) throw new Error("send");
      const data = await resp.json();
      // (an answer that comes back after its chat was erased and a new one begun belongs to the old chat)
      if (session === s) data.replies.forEach(showReply);
      status.textContent = "";
    } catch (e) {
      if (!input.value) input.value = text;
      status.textContent = "We couldn't send that. Please try again. If you are in danger now, call 911.";
    } finally {
      send.disabled = false;
      input.focus();
    }
  });

  // "Delete this chat": sends DELETE, which the gateway confirms once ("Reply YES") before erasing.
  document.getElementById("delete-chat").addEventListener("click", function () {
    input.value = "DELETE";
    form.requestSubmit();
  });

  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); form.requestSubmit(); }
  });

  restore();
  if (session) connect();
  input.focus();
})();
