// 起草: compose a draft, then swap, lock, delete, move or edit its blocks; recompose keeps the
// locked ones; download exactly what is on screen as .docx or .md.
"use strict";
(() => {
  const form = document.getElementById("draft-form");
  const view = document.getElementById("draft");
  const status = document.getElementById("draft-status");
  const buttons = ["recompose", "download-docx", "download-md"].map((id) => document.getElementById(id));
  let draft = null;
  let editing = -1;

  const placeholderPattern = /(\{[^{}\n]{1,20}\}|【待补[^】]*】)/g;

  function marked(text) {
    return bigan.escape(text).replace(placeholderPattern, '<mark class="ph">$1</mark>');
  }

  function request(blocks) {
    const data = Object.fromEntries(new FormData(form).entries());
    const body = { occasion: data.occasion, role: data.role, region: data.region, org: data.org, meeting: data.meeting, outline: data.outline };
    if (data.year) body.year = Number(data.year);
    if (data.seed) body.seed = Number(data.seed);
    if (blocks) body.blocks = blocks;
    return body;
  }

  async function compose(blocks) {
    bigan.status(status, "正在起草……");
    try {
      const response = await bigan.send("POST", "/api/draft", request(blocks));
      draft = await response.json();
      editing = -1;
      render();
      buttons.forEach((b) => { b.disabled = false; });
      const kept = (blocks || []).filter((b) => b.locked).length;
      bigan.status(status, "已起草：" + draft.blocks.length + " 段" + (kept ? "，保留了 " + kept + " 段锁定的内容" : "") + "。");
      view.focus();
    } catch (e) {
      bigan.status(status, e.message, true);
    }
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); compose(); });
  document.getElementById("recompose").addEventListener("click", () => {
    form.elements.seed.value = Number(form.elements.seed.value || 1) + 1;
    compose(draft.blocks);
  });
  document.getElementById("outline-file").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    if (!file.name.toLowerCase().endsWith(".docx")) { form.elements.outline.value = await file.text(); return; }
    const body = new FormData();
    body.append("files", file, file.name);
    try {
      const response = await bigan.send("POST", "/api/outline", body, false);
      form.elements.outline.value = (await response.json()).text;
    } catch (e) {
      bigan.status(status, e.message, true);
    }
  });
  document.getElementById("download-docx").addEventListener("click", () => download("docx"));
  document.getElementById("download-md").addEventListener("click", () => download("md"));

  // What is on screen, as /api/render takes it: placeholders and slots recomputed from the text.
  function current() {
    const copy = JSON.parse(JSON.stringify(draft));
    copy.title = view.querySelector(".title") ? view.querySelector(".title").textContent : copy.title;
    for (const block of copy.blocks) { delete block.placeholders; delete block.slots; }
    return copy;
  }

  async function download(format) {
    try {
      const response = await bigan.send("POST", "/api/render?format=" + format, current());
      const blob = await response.blob();
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = (draft.title || "讲话稿").replace(/[\\/:*?"<>|{}]/g, "").slice(0, 40) + "." + format;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      bigan.status(status, "已下载 " + link.download + "。");
    } catch (e) {
      bigan.status(status, e.message, true);
    }
  }

  function render() {
    const parts = ['<h2 class="title" contenteditable="true" spellcheck="false" title="可直接修改标题">' + bigan.escape(draft.title) + "</h2>"];
    if (draft.byline) parts.push('<p class="byline">' + marked(draft.byline) + "</p>");
    draft.blocks.forEach((block, index) => parts.push(blockHTML(block, index)));
    view.innerHTML = parts.join("");
    renderTodo();
  }

  function blockHTML(block, index) {
    const classes = ["block", block.type, block.locked ? "locked" : ""].join(" ");
    const level = block.type === "heading" ? " level" + (block.level || 1) : "";
    let body;
    if (index === editing) {
      body = '<textarea class="edit" rows="' + Math.max(3, Math.ceil(block.text.length / 38)) + '" aria-label="修改这一段">' + bigan.escape(block.text) + "</textarea>";
    } else {
      body = '<p class="text' + level + '">' + marked(block.text) + "</p>";
    }
    const tools = [];
    if (index === editing) {
      tools.push(tool("save", index, "完成修改"), tool("cancel", index, "取消"));
    } else {
      tools.push(tool("edit", index, "修改"));
      tools.push(tool("lock", index, block.locked ? "解锁" : "锁定", block.locked));
      tools.push(tool("up", index, "上移", false, index === 0), tool("down", index, "下移", false, index === draft.blocks.length - 1));
      tools.push(tool("delete", index, "删除"));
    }
    let swap = "";
    if (block.snippetId !== null && block.snippetId !== undefined && (block.alternatives || []).length && index !== editing) {
      const options = block.alternatives.map((alt, n) => '<option value="' + n + '">' + bigan.escape(alt.text.slice(0, 60)) + (alt.text.length > 60 ? "…" : "") + (alt.why ? "（" + bigan.escape(alt.why) + "）" : "") + "</option>").join("");
      swap = '<label class="swap">换成：<select data-swap="' + index + '"><option value="">— 备选段落 ' + block.alternatives.length + " 个 —</option>" + options + "</select></label>";
    }
    const source = block.source ? '<span class="source">出自 ' + bigan.escape(block.source.file) + " 第" + block.source.line + "行</span>" : "";
    const why = block.why ? '<span class="why">' + bigan.escape(block.why) + "</span>" : "";
    const info = block.snippetId !== null && block.snippetId !== undefined ? '<div class="info">片段 <a href="/snippets/' + block.snippetId + '" target="_blank">' + block.snippetId + "</a> " + source + " " + why + "</div>" : "";
    return '<div class="' + classes + '" id="block-' + index + '" data-index="' + index + '">' + body +
      '<div class="tools">' + tools.join("") + swap + "</div>" + info + "</div>";
  }

  function tool(action, index, label, pressed, disabled) {
    return '<button type="button" data-action="' + action + '" data-index="' + index + '"' +
      (pressed !== undefined && action === "lock" ? ' aria-pressed="' + !!pressed + '"' : "") + (disabled ? " disabled" : "") + ">" + label + "</button>";
  }

  function renderTodo() {
    const items = [];
    draft.blocks.forEach((block, index) => {
      for (const match of block.text.matchAll(placeholderPattern)) items.push({ index, text: match[0] });
    });
    const todo = document.getElementById("todo");
    todo.classList.toggle("hidden", items.length === 0);
    document.getElementById("todo-list").innerHTML = items.map((item) =>
      '<li><a href="#block-' + item.index + '" data-focus="' + item.index + '">第 ' + (item.index + 1) + " 段：" + bigan.escape(item.text) + "</a></li>").join("");
  }

  view.addEventListener("input", (event) => {
    if (event.target.classList.contains("title")) draft.title = event.target.textContent;
  });

  view.addEventListener("change", (event) => {
    const select = event.target.closest("select[data-swap]");
    if (!select || select.value === "") return;
    const index = Number(select.dataset.swap);
    const block = draft.blocks[index];
    const chosen = block.alternatives[Number(select.value)];
    block.alternatives[Number(select.value)] = { snippetId: block.snippetId, text: block.text, why: block.why || "原来的段落" };
    block.snippetId = chosen.snippetId;
    block.text = chosen.text;
    block.why = chosen.why;
    block.source = undefined;
    render();
    bigan.status(status, "第 " + (index + 1) + " 段已换成片段 " + chosen.snippetId + "；原来的段落留在备选里。");
    const again = view.querySelector('select[data-swap="' + index + '"]');
    if (again) again.focus();
  });

  view.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    const index = Number(button.dataset.index);
    const blocks = draft.blocks;
    switch (button.dataset.action) {
      case "edit": editing = index; break;
      case "save": blocks[index].text = view.querySelector("textarea.edit").value.trim() || blocks[index].text; editing = -1; break;
      case "cancel": editing = -1; break;
      case "lock": blocks[index].locked = !blocks[index].locked; break;
      case "delete": blocks.splice(index, 1); break;
      case "up": if (index > 0) [blocks[index - 1], blocks[index]] = [blocks[index], blocks[index - 1]]; break;
      case "down": if (index < blocks.length - 1) [blocks[index + 1], blocks[index]] = [blocks[index], blocks[index + 1]]; break;
    }
    render();
    const focus = view.querySelector(editing >= 0 ? "textarea.edit" : '#block-' + Math.min(index, blocks.length - 1) + ' button[data-action="' + button.dataset.action + '"]');
    if (focus) focus.focus();
  });

  document.getElementById("todo-list").addEventListener("click", (event) => {
    const link = event.target.closest("a[data-focus]");
    if (!link) return;
    const block = document.getElementById("block-" + link.dataset.focus);
    if (block) { const edit = block.querySelector('button[data-action="edit"]'); if (edit) setTimeout(() => edit.focus(), 0); }
  });
})();
