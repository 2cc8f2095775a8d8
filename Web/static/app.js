// Shared by every page: the CSRF token on requests that change anything, copy buttons, and the
// 片段库 page's remove buttons.
"use strict";
window.bigan = {
  csrf() {
    const meta = document.querySelector('meta[name="bigan-csrf"]');
    return meta ? meta.content : "";
  },
  // fetch with the CSRF header; answers the parsed JSON or throws the server's Chinese reason.
  async send(method, url, body, asJSON = true) {
    const headers = { "X-Bigan-CSRF": bigan.csrf() };
    if (asJSON && body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(url, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : asJSON ? JSON.stringify(body) : body,
    });
    if (!response.ok) {
      let message = "请求失败（" + response.status + "）";
      try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
      throw new Error(message);
    }
    return response;
  },
  status(element, text, isError) {
    element.textContent = text;
    element.classList.remove("hidden");
    element.classList.toggle("error", !!isError);
  },
  escape(text) {
    return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  },
};

document.addEventListener("click", async (event) => {
  const copy = event.target.closest("button.copy");
  if (copy) {
    const text = copy.dataset.copy;
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      const area = document.createElement("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    copy.textContent = "已复制";
    setTimeout(() => { copy.textContent = "复制"; }, 1500);
  }
  const remove = event.target.closest("button.remove");
  if (remove) {
    const file = remove.dataset.file;
    if (!confirm("从片段库移除“" + file + "”？只出自这个文件的片段也会一起移除。")) return;
    const status = document.getElementById("remove-status");
    try {
      const response = await bigan.send("DELETE", "/api/sources", { files: [file] });
      const result = await response.json();
      if (result.removed.length) {
        remove.closest("li").remove();
        bigan.status(status, "已移除：" + result.removed.join("、") + "。统计数字刷新页面后更新。");
      } else {
        bigan.status(status, "片段库里没有这个文件：" + file, true);
      }
    } catch (e) {
      bigan.status(status, e.message, true);
    }
  }
});

const filter = document.getElementById("file-filter");
if (filter) {
  filter.addEventListener("input", () => {
    const words = filter.value.trim();
    for (const item of document.querySelectorAll("#files li")) {
      item.hidden = words !== "" && !item.textContent.includes(words);
    }
  });
}
