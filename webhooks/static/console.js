// The staff console: sign-in (session cookie + CSRF token), the live queue (server-sent events),
// take over, transcript, replies with canned responses, release and close.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  let me = null;          // {id, username, role, csrf_token}
  let selected = null;    // escalation id shown on the right
  let events = null;
  let queueItems = [];

  async function api(method, path, body) {
    const headers = { "Accept": "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (method !== "GET" && me && me.csrf_token) headers["X-CSRF-Token"] = me.csrf_token;
    const resp = await fetch(path, { method, headers, credentials: "same-origin",
                                     body: body === undefined ? undefined : JSON.stringify(body) });
    let data = null;
    try { data = await resp.json(); } catch (e) { data = null; }
    return { ok: resp.ok, status: resp.status, data };
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function waited(seconds) {
    if (seconds < 60) return seconds + "s";
    const m = Math.floor(seconds / 60);
    return m < 60 ? m + "m " + (seconds % 60) + "s" : Math.floor(m / 60) + "h " + (m % 60) + "m";
  }

  function notice(text) { $("notice").textContent = text || ""; }

  // ---- sign-in ------------------------------------------------------------------------------
  async function start() {
    const who = await api("GET", "/api/auth/session");
    if (who.ok && who.data.csrf_token) { me = who.data; showApp(); } else { $("sign-in").hidden = false; }
  }

  $("sign-in-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    $("sign-in-error").textContent = "";
    const r = await api("POST", "/console/sign-in", {
      username: $("username").value, password: $("password").value, otp: $("otp").value || null });
    if (!r.ok) {
      $("sign-in-error").textContent = (r.data && r.data.detail) || "Could not sign in.";
      return;
    }
    $("password").value = "";
    me = r.data;
    $("sign-in").hidden = true;
    showApp();
  });

  $("sign-out").addEventListener("click", async () => {
    await api("POST", "/console/sign-out");
    if (events) events.close();
    location.reload();
  });

  function showApp() {
    $("app").hidden = false;
    $("who").textContent = me.username + " (" + me.role + ")";
    loadReports();
    refreshQueue();
    follow();
    setInterval(tick, 1000);
  }

  // ---- queue ---------------------------------------------------------------------------------
  function follow() {
    events = new EventSource("/api/escalations/events/stream");
    events.onmessage = (ev) => {
      const event = JSON.parse(ev.data);
      refreshQueue();
      if (event.escalation_id === selected && ["message", "released", "closed", "claimed"].includes(event.type)) {
        showConversation(selected);
      }
    };
  }

  function item(esc, mine) {
    const li = el("li", esc.level + (esc.overdue ? " overdue" : ""));
    li.dataset.id = esc.id;
    li.dataset.created = Date.parse(esc.created_at);
    const head = el("div");
    head.append(el("span", "level", esc.level), document.createTextNode(" · " + esc.score + " · "),
                el("span", "wait", waited(esc.waiting_seconds)), document.createTextNode(
                  " · " + esc.language.toUpperCase() + " · " + esc.channel + (esc.overdue ? " · OVERDUE" : "")));
    li.append(head, el("div", "reasons", esc.reasons.join(", ").replace(/_/g, " ")));
    const button = el("button", null, mine ? "Open" : "Take");
    button.addEventListener("click", () => mine ? showConversation(esc.id) : take(esc.id));
    li.append(button);
    return li;
  }

  async function refreshQueue() {
    const [waiting, claimed] = await Promise.all([
      api("GET", "/api/escalations/queue"), api("GET", "/api/escalations?state=claimed&limit=100")]);
    if (!waiting.ok) return;
    queueItems = waiting.data;
    $("queue").replaceChildren(...waiting.data.map((e) => item(e, false)));
    $("queue-count").textContent = waiting.data.length;
    const mine = claimed.ok ? claimed.data.items.filter((e) => e.claimed_by === me.id) : [];
    $("mine").replaceChildren(...mine.map((e) => item(e, true)));
  }

  function tick() {
    document.querySelectorAll("#queue li").forEach((li) => {
      const seconds = Math.max(0, Math.round((Date.now() - Number(li.dataset.created)) / 1000));
      li.querySelector(".wait").textContent = waited(seconds);
    });
  }

  async function take(id) {
    notice("");
    const r = await api("POST", "/api/escalations/" + id + "/claim");
    if (r.status === 409) { notice("Someone else took that conversation first."); refreshQueue(); return; }
    if (!r.ok) { notice((r.data && r.data.detail) || "Could not take it."); return; }
    await refreshQueue();
    showConversation(id);
  }

  $("take-next").addEventListener("click", async () => {
    const r = await api("POST", "/api/escalations/next");
    if (r.status === 404) { notice("Nobody is waiting."); return; }
    if (!r.ok) { notice((r.data && r.data.detail) || "Could not take one."); return; }
    await refreshQueue();
    showConversation(r.data.id);
  });

  // ---- conversation --------------------------------------------------------------------------
  async function showConversation(id) {
    const r = await api("GET", "/api/escalations/" + id + "/transcript");
    if (!r.ok) { notice((r.data && r.data.detail) || "Could not open it."); return; }
    const langChanged = !selected || selected !== id;
    selected = id;
    const esc = r.data.escalation;
    $("empty").hidden = true;
    $("conversation").hidden = false;
    $("conv-meta").textContent = esc.level.toUpperCase() + " · " + esc.reasons.join(", ").replace(/_/g, " ") +
      " · " + esc.language.toUpperCase() + " · " + esc.channel + " · " + esc.state;
    // a text could harm this person (they asked not to be texted, someone reads the phone): said before anyone writes
    $("texting-warning").textContent = r.data.texting_warning || "";
    $("texting-warning").hidden = !r.data.texting_warning;
    $("transcript").replaceChildren(...r.data.messages.map((m) => {
      const li = el("li", m.direction);
      li.append(el("span", "by", m.author), document.createTextNode(m.text));
      if (m.delivered === false) li.append(el("div", "media", "NOT DELIVERED: the SMS provider did not take it. Send it again."));
      // MMS files by reference only: nothing is loaded; Twilio's files open signed in to Twilio.
      for (const media of m.media || []) {
        li.append(el("div", "media", (media.twilio ? "Attached file (Twilio media" : "Attached file (UNKNOWN address, do not open" ) +
          (media.content_type ? ", " + media.content_type : "") + "): " + media.url));
      }
      return li;
    }));
    const last = $("transcript").lastElementChild;
    if (last) last.scrollIntoView({ block: "end" });
    const d = r.data.draft_report;
    $("draft").textContent = d ? "Report " + d.reference_code + " — what: " + (d.narrative || "?") + " · where: " +
      (d.location || "?") + " · when: " + (d.occurred || "?") : "No report filed yet.";
    const open = esc.state === "claimed" && esc.claimed_by === me.id;
    $("reply-form").hidden = !open;
    if (langChanged) loadCanned(esc.id);
  }

  async function loadCanned(escalationId) {
    // in the conversation's language, with the emergency numbers of where the person is
    const r = await api("GET", "/api/escalations/" + escalationId + "/canned");
    const options = [el("option", null, "Canned replies…")];
    options[0].value = "";
    (r.ok ? r.data : []).forEach((text) => {
      const o = el("option", null, text.length > 70 ? text.slice(0, 67) + "…" : text);
      o.value = text.replace("{name}", me.username);
      options.push(o);
    });
    $("canned").replaceChildren(...options);
  }

  $("canned").addEventListener("change", () => { if ($("canned").value) $("reply").value = $("canned").value; });

  $("reply-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = $("reply").value.trim();
    if (!text || !selected) return;
    let r = await api("POST", "/api/escalations/" + selected + "/messages", { text });
    // a text could harm the person (they asked for quiet, or not to be texted, or someone reads the phone): sent only
    // if the agent confirms it
    if (r.status === 409 && r.data && /send anyway/i.test(r.data.detail || "") &&
        window.confirm(r.data.detail + "\n\nSend it anyway?")) {
      r = await api("POST", "/api/escalations/" + selected + "/messages", { text, send_anyway: true });
    }
    if (!r.ok) { notice((r.data && r.data.detail) || "Not sent."); return; }
    $("reply").value = "";
    showConversation(selected);
  });

  async function end(action) {
    if (!selected) return;
    const r = await api("POST", "/api/escalations/" + selected + "/" + action);
    if (!r.ok) { notice((r.data && r.data.detail) || "Could not " + action + "."); return; }
    notice(action === "release" ? "Handed back to the bot." : "Closed.");
    $("conversation").hidden = true;
    $("empty").hidden = false;
    selected = null;
    refreshQueue();
  }
  $("release").addEventListener("click", () => end("release"));
  $("close").addEventListener("click", () => end("close"));

  start();
  // ---- reports ---------------------------------------------------------------------------------
  let shownReport = null;
  const picked = new Set();

  function reportItem(r) {
    const li = el("li", r.mandated_reasons.length ? "urgent" : "");
    const box = el("input");
    box.type = "checkbox";
    box.checked = picked.has(r.reference_code);
    box.setAttribute("aria-label", "select " + r.reference_code);
    box.addEventListener("change", () => { box.checked ? picked.add(r.reference_code) : picked.delete(r.reference_code); });
    const link = el("button", "link", r.reference_code + " · " + r.status + " · " + r.language + " · " +
      (r.exploitation.join(", ") || "type unknown") + (r.city ? " · " + r.city : "") +
      (r.mandated_reasons.length ? " · mandated: " + r.mandated_reasons.join(", ") : ""));
    link.type = "button";
    link.addEventListener("click", () => showReport(r.reference_code));
    li.append(box, link);
    return li;
  }

  async function loadReports() {
    const q = new URLSearchParams();
    if ($("f-status").value) q.set("status", $("f-status").value);
    if ($("f-type").value) q.set("type", $("f-type").value);
    if ($("f-language").value) q.set("language", $("f-language").value.trim());
    if ($("f-place").value) q.set("place", $("f-place").value.trim());
    if ($("f-mandated").checked) q.set("mandated", "true");
    if ($("f-urgency").value) q.set("urgency", $("f-urgency").value);
    if ($("f-since").value) q.set("since", new Date($("f-since").value + "T00:00:00").toISOString());
    if ($("f-until").value) q.set("until", new Date($("f-until").value + "T23:59:59").toISOString());
    const r = await api("GET", "/api/reports?" + q.toString());
    if (!r.ok) return;
    $("mandated").replaceChildren(...r.data.mandated_open.map(reportItem));
    $("report-list").replaceChildren(...r.data.items.map(reportItem));
  }

  async function showReport(code) {
    const r = await api("GET", "/api/reports/" + encodeURIComponent(code));
    if (!r.ok) { notice("Could not open " + code); return; }
    const d = r.data;
    shownReport = code;
    $("report").hidden = false;
    $("report-meta").textContent = d.reference_code + " · " + d.channel + " · " + d.language + " · role " +
      (d.reporter_role || "?") + " · " + d.privacy_level + (d.legal_hold ? " · LEGAL HOLD" : "");
    const fields = [["What", d.narrative], ["Where (as said)", d.location], ["When (as said)", d.occurred],
      ["Who (as said)", d.people], ["Signs (as said)", d.control], ["Also", d.more],
      ["Types", d.exploitation.join(", ")], ["Means of control", d.means_of_control.join(", ")],
      ["ILO indicators", d.ilo_indicators.join(", ")], ["Place", [d.venue, d.city, d.state, d.country].filter(Boolean).join(", ")],
      ["People", [d.people_count, d.ages, d.minor ? "minor" : "", d.gender].filter(Boolean).join(" · ")],
      ["Urgency", (d.urgency_level || "") + " " + d.urgency_reasons.join(", ")],
      ["Mandated", d.mandated_reasons.join(", ") + (d.referral_agency ? " → referred to " + d.referral_agency : "")],
      ["Read by the bot (unconfirmed)", d.extracted.filter((f) => !d.confirmed.includes(f)).join(", ")],
      ["Contact", d.contact || ""], ["Added later", d.additions.join(" / ")]];
    $("report-fields").replaceChildren(...fields.filter(([, v]) => v).flatMap(([k, v]) => [el("dt", "", k), el("dd", "", v)]));
    $("report-status").value = d.status;
    const supervisor = me && me.role === "supervisor";
    $("referral-form").hidden = !(supervisor && d.mandated_reasons.length && !d.referral_agency);
    $("report-hold").hidden = !supervisor;
    $("report-hold").textContent = d.legal_hold ? "Lift legal hold" : "Place legal hold";
    $("report-hold").dataset.on = d.legal_hold ? "1" : "";
    $("report-thread").replaceChildren(...d.followup.map((e) => el("li", e.author === "staff" ? "staff" : "person",
      (e.author === "staff" ? "Asked: " : "Tipster: ") + e.text)), ...d.notes.map((n) => el("li", "system", "Note: " + n.text)));
  }

  $("referral-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const r = await api("POST", "/api/reports/" + encodeURIComponent(shownReport) + "/referral", {
      agency: $("referral-agency").value.trim(), reference: $("referral-reference").value.trim() || null,
      made_at: new Date($("referral-at").value).toISOString() });
    notice(r.ok ? "Referral signed off." : "Referral not saved.");
    showReport(shownReport);
    loadReports();
  });
  $("report-hold").addEventListener("click", async () => {
    const on = !$("report-hold").dataset.on;
    const r = await api("POST", "/api/reports/" + encodeURIComponent(shownReport) + "/hold", { on });
    notice(r.ok ? (on ? "Legal hold placed." : "Legal hold lifted.") : "Not changed.");
    showReport(shownReport);
  });
  $("correct-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const field = $("correct-field").value, raw = $("correct-value").value.trim();
    let value = raw;
    if (field === "people_count") value = raw ? parseInt(raw, 10) : null;
    if (field === "minor") value = ["yes", "true", "1"].includes(raw.toLowerCase());
    if (field === "means_of_control" || field === "exploitation") value = raw.split(",").map((v) => v.trim()).filter(Boolean);
    const r = await api("PATCH", "/api/reports/" + encodeURIComponent(shownReport), { fields: { [field]: value } });
    notice(r.ok ? "Correction saved." : ((r.data && r.data.detail) || "Correction not saved."));
    if (r.ok) { $("correct-value").value = ""; showReport(shownReport); }
  });
  $("report-filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadReports(); });
  $("report-status").addEventListener("change", async () => {
    const r = await api("PATCH", "/api/reports/" + encodeURIComponent(shownReport), { status: $("report-status").value });
    notice(r.ok ? "Status saved." : "Status not saved.");
    loadReports();
  });
  $("report-confirm").addEventListener("click", async () => {
    const d = (await api("GET", "/api/reports/" + encodeURIComponent(shownReport))).data;
    await api("PATCH", "/api/reports/" + encodeURIComponent(shownReport), { confirm: d.extracted });
    showReport(shownReport);
  });
  $("note-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!$("note").value.trim()) return;
    await api("POST", "/api/reports/" + encodeURIComponent(shownReport) + "/notes", { text: $("note").value.trim() });
    $("note").value = "";
    showReport(shownReport);
  });
  $("question-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!$("question").value.trim()) return;
    await api("POST", "/api/reports/" + encodeURIComponent(shownReport) + "/questions", { text: $("question").value.trim() });
    $("question").value = "";
    showReport(shownReport);
  });
  $("export-csv").addEventListener("click", () => {
    if (!picked.size) { notice("Select reports to export first."); return; }
    window.location.href = "/api/reports/export?format=csv&codes=" + encodeURIComponent([...picked].join(","));
  });
})();
