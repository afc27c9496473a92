// The /demo/ chat: a toy echo bot with the Assay widget on every answer. The page's
// data- attributes carry the endpoint and the demo project's publishable key.
(() => {
  "use strict";
  const root = document.getElementById("demo");
  if (!root || !root.dataset.key || !window.AssayFeedback) return;
  const feedback = window.AssayFeedback;
  feedback.init({ endpoint: root.dataset.endpoint, key: root.dataset.key });

  const chat = document.getElementById("chat");
  const form = document.getElementById("ask");
  const input = document.getElementById("message");
  const conversationId = `demo-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const model = { name: "echo-bot", version: "1" };
  const transcript = [];
  const getConversation = () => transcript.slice();

  function say(role, content) {
    const id = `m${transcript.length + 1}`;
    transcript.push({ role, content, id });
    const item = document.createElement("li");
    item.className = `message ${role}`;
    const who = document.createElement("p");
    who.className = "who";
    who.textContent = role === "user" ? "You" : "Echo bot";
    const text = document.createElement("p");
    text.textContent = content;
    item.append(who, text);
    chat.append(item);
    if (role === "assistant") {
      feedback.attach(item, { conversationId, messageId: id, getConversation, model, promptVersion: "demo-v1" });
    }
    item.scrollIntoView({ block: "nearest" });
  }

  say("assistant", "Hi! I'm an echo bot: I repeat what you say. Try telling me your name and e-mail address.");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    say("user", text);
    say("assistant", `You said: “${text}”. Was that helpful? Rate me below.`);
  });
  document.getElementById("share-all").addEventListener("click", () =>
    feedback.share({ conversationId, getConversation, model, promptVersion: "demo-v1" })
  );
})();
