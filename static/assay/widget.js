/*! Assay feedback widget: thumbs up/down, reasons, comment and consented sharing on chat answers.
 * Plain JavaScript, no dependencies. Use with one script tag (data-endpoint, data-key,
 * data-selector) or AssayFeedback.init / attach / share; static/assay/README_WIDGET.md shows both.
 *
 * Reliability: every action is a queue item with its own idempotency key, kept in localStorage
 * until the server answers 2xx, sent in order with backoff, offered to sendBeacon on pagehide.
 * A repeat reaches the server as the same key, which answers it with the same id, so nothing
 * counts twice. The status line says "thanks" only after a 2xx. */
(() => {
  "use strict";
  const win = window;
  const doc = document;
  if (win.AssayFeedback) return;

  const QUEUE = "assay:queue";
  const RATED = "assay:rated";
  const MAX_QUEUED = 100;
  const TEXT = {
    group: "Rate this answer",
    up: "Thumbs up",
    down: "Thumbs down",
    share: "Share conversation",
    sending: "Sending…",
    thanks: "Thanks for your feedback!",
    shared: "Thanks for sharing this conversation!",
    queued: "Saved, will send when back online.",
    failed: "Sorry, your feedback could not be sent.",
    why: "What went wrong? (optional)",
    comment: "Anything else? (optional)",
    send: "Send",
    later: "Not now",
    consent:
      "Share these messages with the team to improve the answers? Personal details are removed before anyone reads them.",
    preview: "Messages to share",
    confirm: "Share",
    cancel: "Cancel",
    close: "Close",
    you: "You",
    bot: "Assistant",
  };
  const REASONS = [
    ["inaccurate", "Inaccurate"],
    ["unhelpful", "Not helpful"],
    ["incomplete", "Incomplete"],
    ["unsafe", "Unsafe or offensive"],
    ["instructions", "Ignored instructions"],
  ];
  // Feather's thumbs-up (MIT); thumbs-down is the same path turned over in CSS.
  const THUMB =
    "M14 9V5a3 3 0 0 0-3-3l-4 9v11h11.28a2 2 0 0 0 2-1.7l1.38-9a2 2 0 0 0-2-2.3zM7 22H4a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2h3";
  const LIGHT =
    "--a:var(--assay-accent,#2456c7);--on:var(--assay-on-accent,#fff);--fg:var(--assay-fg,#1d2430);--bg:var(--assay-bg,#fff);--mu:var(--assay-muted,#4f5968);--bd:var(--assay-border,#8a94a3);--bad:var(--assay-error,#b3261e)";
  const DARK =
    "--a:var(--assay-accent,#8ab4ff);--on:var(--assay-on-accent,#0f141b);--fg:var(--assay-fg,#e8ebf0);--bg:var(--assay-bg,#1c2027);--mu:var(--assay-muted,#aeb6c2);--bd:var(--assay-border,#6b7483);--bad:var(--assay-error,#ffb4ab);color-scheme:dark";
  // The page's rules beat :host ones on the host element and its inherited properties would
  // reach inside, so the typography is set on the wrapper, which the page cannot select.
  const CSS = `:host{all:initial;display:block;margin:.4em 0 0;${LIGHT}}
@media (prefers-color-scheme:dark){:host(:not([data-theme=light])){${DARK}}}
:host([data-theme=dark]){${DARK}}
:host([data-float]){position:fixed;right:1em;bottom:1em;z-index:2147483000;max-width:min(28em,calc(100vw - 2em))}
.w{font:var(--assay-size,14px)/1.4 var(--assay-font,system-ui,sans-serif);letter-spacing:normal;word-spacing:normal;text-align:start;text-transform:none;text-indent:0;white-space:normal;display:inline-block;max-width:100%;box-sizing:border-box;color:var(--fg);background:var(--bg);border:1px solid var(--bd);border-radius:var(--assay-radius,.6em);padding:.25em}
.bar{display:flex;flex-wrap:wrap;align-items:center;gap:.25em}
button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--bd);border-radius:var(--assay-radius,.6em);padding:.3em .7em;cursor:pointer;min-height:2em}
button:hover{border-color:var(--a)}
button:focus-visible,textarea:focus-visible,ol:focus-visible{outline:3px solid var(--a);outline-offset:2px}
button[aria-pressed=true],.go{background:var(--a);color:var(--on);border-color:var(--a)}
button:disabled{cursor:default;opacity:.6}
.t{padding:.3em .45em;line-height:0}
svg{width:1.15em;height:1.15em;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.down svg{transform:rotate(180deg)}
.st{color:var(--mu);padding:0 .4em}
.st.bad{color:var(--bad)}
.p{margin:.4em .25em .25em;display:grid;gap:.4em}
.p[hidden]{display:none}
p{margin:0}
.chips,.row{display:flex;flex-wrap:wrap;gap:.3em}
textarea{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--bd);border-radius:.4em;padding:.3em;width:100%;box-sizing:border-box;resize:vertical}
ol{margin:0;padding:.3em .5em;list-style:none;max-height:12em;overflow:auto;border:1px solid var(--bd);border-radius:.4em}
li{margin:.15em 0;white-space:pre-wrap;overflow-wrap:anywhere}
b{font-weight:600}`;

  let cfg = null;
  let sheet = null;
  let busy = false;
  let timer = 0;
  const views = new Map(); // widget id → the views showing it on this page
  const tries = new Map(); // idempotency key → failed attempts on this page
  const due = new Map(); // idempotency key → when to try again
  const attached = new WeakSet();
  const memory = {}; // when localStorage is unavailable (blocked, private mode)

  const get = (name, fallback) => {
    try {
      const raw = localStorage.getItem(name);
      return raw ? JSON.parse(raw) : fallback;
    } catch (e) {
      return memory[name] || fallback;
    }
  };
  const put = (name, value) => {
    memory[name] = value;
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch (e) {}
  };
  const randomId = () =>
    Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => (b + 256).toString(16).slice(1)).join("");
  const log = (msg) => console.error(`Assay feedback widget: ${msg}`);

  function h(tag, attrs, ...kids) {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else if (v != null && v !== false) el.setAttribute(k, v === true ? "" : v);
    }
    el.append(...kids.filter((kid) => kid != null));
    return el;
  }

  function thumb() {
    const ns = "http://www.w3.org/2000/svg";
    const svg = doc.createElementNS(ns, "svg");
    const path = doc.createElementNS(ns, "path");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    path.setAttribute("d", THUMB);
    svg.append(path);
    return svg;
  }

  function init(options) {
    const o = options || {};
    if (!o.endpoint || !o.key) throw new Error("AssayFeedback.init needs {endpoint, key}");
    let user = o.endUserId || get("assay:user");
    if (!user) put("assay:user", (user = `anon-${randomId()}`));
    cfg = {
      ...o,
      api: `${String(o.endpoint).replace(/\/+$/, "").replace(/\/api\/v1$/, "")}/api/v1/`,
      user,
      text: { ...TEXT, ...o.text },
      reasons: (o.reasons || REASONS).map((r) =>
        Array.isArray(r) ? [r[0], r[1] || r[0]] : typeof r === "string" ? [r, r] : [r.value, r.label || r.value]
      ),
    };
    flush();
    return api;
  }

  function view(target, opts, float) {
    if (!cfg) throw new Error("call AssayFeedback.init({endpoint, key}) first");
    const t = cfg.text;
    const id = `${opts.conversationId}\u241f${opts.messageId || ""}`;
    const host = h("assay-feedback", { "data-theme": opts.theme || cfg.theme, "data-float": float });
    const root = host.attachShadow({ mode: "open" });
    sheet = sheet || new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    const v = { id, opts, host, reasons: [], comment: "", rating: get(RATED, {})[id] || null };
    const say = (text, bad) => {
      // Emptied first so that the same words are announced again.
      v.st.textContent = "";
      v.st.className = bad ? "st bad" : "st";
      v.bad = bad;
      setTimeout(() => (v.st.textContent = text), 30);
    };
    const rate = (rating) => {
      if (rating === v.rating && !v.bad) {
        if (rating === "down") v.panel.hidden = false;
        return;
      }
      v.rating = rating;
      const rated = get(RATED, {});
      const ids = Object.keys(rated);
      if (ids.length > 200) delete rated[ids[0]];
      rated[id] = rating;
      put(RATED, rated);
      sync();
      v.panel.hidden = rating !== "down";
      send(v, "feedback", { rating }, t.thanks);
      if (rating === "down") v.panel.querySelector("button").focus();
    };
    const sync = () => {
      v.up.setAttribute("aria-pressed", v.rating === "up");
      v.down.setAttribute("aria-pressed", v.rating === "down");
    };
    const close = (panel, back) => {
      panel.hidden = true;
      back.focus();
    };
    v.say = say;
    v.st = h("span", { class: "st", role: "status", "aria-live": "polite" });
    const label = `w${randomId().slice(0, 6)}`;
    const chips = cfg.reasons.map(([value, text]) =>
      h("button", { type: "button", "aria-pressed": "false", onclick: (e) => {
        const on = !v.reasons.includes(value);
        v.reasons = on ? [...v.reasons, value] : v.reasons.filter((r) => r !== value);
        e.currentTarget.setAttribute("aria-pressed", on);
      } }, text)
    );
    const comment = h("textarea", { id: `${label}c`, rows: 2, maxlength: 5000 });
    v.panel = h("div", { class: "p", role: "group", "aria-labelledby": `${label}r`, hidden: true },
      h("p", { id: `${label}r` }, t.why),
      h("div", { class: "chips" }, ...chips),
      h("label", { for: `${label}c` }, t.comment),
      comment,
      h("div", { class: "row" },
        h("button", { type: "button", class: "go", onclick: () => {
          v.comment = comment.value.trim();
          if (v.reasons.length || v.comment) {
            send(v, "feedback", { rating: "down", reasons: v.reasons, comment: v.comment }, t.thanks);
          }
          close(v.panel, v.down);
        } }, t.send),
        h("button", { type: "button", onclick: () => close(v.panel, v.down) }, t.later)));
    const preview = h("ol", { tabindex: 0, "aria-label": t.preview });
    // Shows what will be shared and asks; nothing is sent until the user confirms.
    v.ask = async () => {
      let messages;
      try {
        messages = await (opts.messages || (opts.getConversation ? opts.getConversation() : []));
      } catch (e) {
        log(`getConversation failed: ${e}`);
      }
      v.messages = (messages || [])
        .filter((m) => m && m.content)
        .map((m) => ({ role: m.role || "user", content: String(m.content), ...(m.id ? { id: String(m.id) } : {}) }));
      if (!v.messages.length) return say(t.failed, true);
      preview.replaceChildren(...v.messages.map((m) =>
        h("li", null, h("b", null, `${m.role === "user" ? t.you : m.role === "assistant" ? t.bot : m.role}: `), m.content)));
      v.panel.hidden = true;
      v.consent.hidden = false;
      v.consent.querySelector(".go").focus();
    };
    const finish = (result) => v.done && v.done(result);
    v.consent = h("div", { class: "p", role: "group", "aria-labelledby": `${label}s`, hidden: true },
      h("p", { id: `${label}s` }, t.consent),
      preview,
      h("div", { class: "row" },
        h("button", { type: "button", class: "go", onclick: () => {
          const body = { messages: v.messages, consent: true };
          if (v.rating) {
            body.feedback = { rating: v.rating, reasons: v.reasons, comment: v.comment };
            if (opts.messageId) body.feedback.message_id = String(opts.messageId);
          }
          if (!float) v.share.disabled = true;
          close(v.consent, float ? v.share : v.down);
          send(v, "conversations", body, t.shared);
        } }, t.confirm),
        h("button", { type: "button", onclick: () => {
          close(v.consent, v.share);
          finish("cancelled");
        } }, t.cancel)));
    v.share = float
      ? h("button", { type: "button", onclick: () => host.remove() }, t.close)
      : h("button", { type: "button", onclick: () => (v.consent.hidden ? v.ask() : close(v.consent, v.share)) }, t.share);
    v.up = h("button", { type: "button", class: "t up", "aria-label": t.up, title: t.up, onclick: () => rate("up") }, thumb());
    v.down = h("button", { type: "button", class: "t down", "aria-label": t.down, title: t.down, onclick: () => rate("down") }, thumb());
    sync();
    root.append(h("div", { class: "w", onkeydown: (e) => {
      if (e.key !== "Escape") return;
      if (!v.panel.hidden) close(v.panel, v.down);
      else if (!v.consent.hidden) {
        close(v.consent, v.share);
        finish("cancelled");
      }
    } },
      h("div", { class: "bar", role: float ? null : "group", "aria-label": float ? null : t.group },
        float ? null : v.up, float ? null : v.down, v.share, v.st),
      v.panel,
      v.consent));
    if (!views.has(id)) views.set(id, new Set());
    views.get(id).add(v);
    if (get(QUEUE, []).some((item) => item.v === id)) say(t.queued);
    target.append(host);
    return v;
  }

  function attach(element, options) {
    const o = { ...options };
    if (!o.conversationId) throw new Error("AssayFeedback.attach needs a conversationId");
    if (attached.has(element)) return null;
    attached.add(element);
    const v = view(element, o);
    return {
      element: v.host,
      detach: () => (v.host.remove(), views.get(v.id).delete(v), attached.delete(element)),
    };
  }

  // A consent dialog of its own (bottom right), for a "share" button of the host page. Resolves
  // "sent", "queued" (saved, sent when back online), "failed" or "cancelled".
  function share(options) {
    const o = { ...options };
    if (!o.conversationId) throw new Error("AssayFeedback.share needs a conversationId");
    const before = doc.activeElement;
    const v = view(doc.body, o, true);
    return new Promise((resolve) => {
      v.done = (result) => {
        v.done = null;
        if (result === "cancelled") {
          v.host.remove();
          if (before && before.focus) before.focus();
        }
        resolve(result);
      };
      v.ask();
    });
  }

  function send(v, path, fields, ok) {
    const o = v.opts;
    const model = typeof o.model === "string" ? { name: o.model } : o.model;
    const body = {
      conversation_id: String(o.conversationId),
      end_user_id: cfg.user,
      ...(o.messageId && path === "feedback" ? { message_id: String(o.messageId) } : {}),
      ...(model ? { model } : {}),
      ...(o.promptVersion ? { prompt_version: o.promptVersion } : {}),
      ...(o.metadata ? { metadata: o.metadata } : {}),
      ...fields,
    };
    const queue = get(QUEUE, []);
    if (queue.length >= MAX_QUEUED) {
      log(`${queue.length} submissions are waiting to be sent already; this one was not saved.`);
      return v.say(cfg.text.failed, true);
    }
    queue.push({ k: randomId(), u: cfg.api + path, key: cfg.key, b: body, v: v.id, ok });
    put(QUEUE, queue);
    v.say(cfg.text.sending);
    flush();
  }

  const each = (id, fn) => (views.get(id) || []).forEach(fn);
  const payload = (item) => JSON.stringify({ ...item.b, idempotency_key: item.k, key: item.key });
  // text/plain keeps the request "simple": no preflight, and the same body sendBeacon sends.
  const HEADERS = { "Content-Type": "text/plain;charset=UTF-8" };

  async function flush() {
    if (busy) return;
    busy = true;
    clearTimeout(timer);
    try {
      // In order, one at a time: an up and then a down must reach the server in that order.
      for (let item; (item = get(QUEUE, [])[0]) && !(due.get(item.k) > Date.now()); ) {
        const settled = await deliver(item);
        if (settled) put(QUEUE, get(QUEUE, []).filter((i) => i.k !== item.k));
        else break;
      }
    } finally {
      busy = false;
      const next = get(QUEUE, [])[0];
      if (next) timer = setTimeout(flush, Math.max(0, (due.get(next.k) || 0) - Date.now()));
    }
  }

  // True once the item is settled (accepted, or refused for good); false to try again later.
  async function deliver(item) {
    const body = payload(item);
    let response;
    try {
      response = await fetch(item.u, {
        method: "POST",
        mode: "cors",
        credentials: "omit",
        headers: HEADERS,
        body,
        keepalive: body.length < 60000,
      });
    } catch (e) {
      return later(item, 0);
    }
    if (response.ok) {
      each(item.v, (v) => {
        v.say(item.ok);
        if (v.done) v.done("sent");
      });
      return true;
    }
    const status = response.status;
    if (status === 408 || status === 429 || status >= 500) {
      return later(item, Number(response.headers.get("Retry-After")) * 1000 || 0);
    }
    let detail = "";
    try {
      detail = Object.entries((await response.json()).error || {}).map(([k, m]) => `${k}: ${m}`).join("; ");
    } catch (e) {}
    log(
      `${item.u} refused the submission (${status}${detail ? `, ${detail}` : ""}).` +
        (status === 403 ? ` Add ${location.origin} to the project's allowed origins in Assay.` : "")
    );
    each(item.v, (v) => {
      v.say(cfg.text.failed, true);
      if (v.done) v.done("failed");
    });
    return true;
  }

  function later(item, wait) {
    const n = (tries.get(item.k) || 0) + 1;
    tries.set(item.k, n);
    // Exponential backoff with jitter, from 1 s up to a minute, or what the server asked.
    due.set(item.k, Date.now() + (wait || Math.min(60000, 1000 * 2 ** (n - 1)) * (0.8 + Math.random() * 0.4)));
    each(item.v, (v) => {
      v.say(cfg.text.queued);
      if (v.done) v.done("queued");
    });
    return false;
  }

  // Leaving the page: hand what is still queued to the browser. The items stay queued, so
  // the next page load sends them again; the server answers a repeat with the same id.
  win.addEventListener("pagehide", () => {
    for (const item of get(QUEUE, [])) {
      const body = payload(item);
      const beacon = navigator.sendBeacon && navigator.sendBeacon(item.u, new Blob([body], { type: HEADERS["Content-Type"] }));
      if (!beacon) fetch(item.u, { method: "POST", mode: "cors", credentials: "omit", headers: HEADERS, body, keepalive: true }).catch(() => {});
    }
  });
  win.addEventListener("online", () => {
    due.clear();
    flush();
  });

  const api = { init, attach, share, flush, version: "1" };
  win.AssayFeedback = api;

  // One script tag: <script src=".../widget.js" data-endpoint data-key data-selector defer>.
  const me = doc.currentScript;
  if (!me || !me.dataset.key) return;
  const d = me.dataset;
  init({
    endpoint: d.endpoint || new URL(me.src).origin,
    key: d.key,
    theme: d.theme,
    // data-reasons="inaccurate:Inaccurate,unhelpful:Not helpful" (value:label, label optional)
    reasons: d.reasons && d.reasons.split(",").filter((r) => r.trim()).map((r) => r.split(":").map((x) => x.trim())),
  });
  const selector = d.selector || "[data-assay-message]";
  let session = sessionStorage.getItem("assay:conversation");
  if (!session) sessionStorage.setItem("assay:conversation", (session = randomId()));
  const text = (el) => (el.innerText || el.textContent || "").trim();
  const scan = () =>
    doc.querySelectorAll(selector).forEach((el, index) => {
      if (attached.has(el)) return;
      const holder = el.closest("[data-conversation-id]");
      attach(el, {
        conversationId: (holder && holder.dataset.conversationId) || d.conversationId || session,
        messageId: el.dataset.messageId || el.id || String(index),
        model: el.dataset.model || d.model,
        promptVersion: el.dataset.promptVersion || d.promptVersion,
        getConversation: () =>
          Array.from(doc.querySelectorAll(d.messages || "[data-role]"), (m) => ({
            role: m.dataset.role || "assistant",
            content: text(m),
            id: m.dataset.messageId || m.id,
          })),
      });
    });
  const start = () => {
    scan();
    new MutationObserver(scan).observe(doc.body, { childList: true, subtree: true });
  };
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start);
  else start();
})();
