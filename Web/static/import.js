// 导入: upload files, a folder or a .zip, then follow the job's progress events to its summary.
"use strict";
(() => {
  const form = document.getElementById("import-form");
  const bar = document.getElementById("import-bar");
  const status = document.getElementById("import-status");
  const start = document.getElementById("import-start");

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = [...document.getElementById("import-files").files, ...document.getElementById("import-folder").files];
    if (!chosen.length) { bigan.status(status, "请先选择文件或文件夹。", true); show("import-progress"); return; }
    const body = new FormData();
    for (const file of chosen) body.append("files", file, file.webkitRelativePath || file.name);
    start.disabled = true;
    show("import-progress");
    document.getElementById("import-result").classList.add("hidden");
    bar.removeAttribute("value");
    bigan.status(status, "正在上传 " + chosen.length + " 个文件……");
    try {
      const response = await bigan.send("POST", "/api/import", body, false);
      const accepted = await response.json();
      bigan.status(status, "已上传，正在导入……");
      follow(accepted.events);
    } catch (e) {
      bigan.status(status, e.message, true);
      start.disabled = false;
    }
  });

  function follow(url) {
    const events = new EventSource(url);
    events.addEventListener("progress", (event) => {
      const p = JSON.parse(event.data);
      bar.max = p.filesTotal || 1;
      bar.value = p.filesDone;
      bigan.status(status, "已处理 " + p.filesDone + " / " + p.filesTotal + " 个文件" + (p.file ? "：" + p.file : ""));
    });
    events.addEventListener("done", (event) => {
      events.close();
      bar.max = 1; bar.value = 1;
      start.disabled = false;
      showSummary(JSON.parse(event.data));
    });
    events.onerror = () => {
      if (events.readyState === EventSource.CLOSED) return;
      events.close();
      start.disabled = false;
      bigan.status(status, "与服务器的连接断开了；导入仍在后台进行，稍后到“片段库”查看。", true);
    };
  }

  function showSummary(summary) {
    const failed = summary.failed || [];
    bigan.status(status, failed.length ? "导入完成，有 " + failed.length + " 个文件失败。" : "导入完成。", failed.length > 0);
    const rows = [["文件", summary.files], ["新导入", summary.imported], ["内容未变", summary.unchanged],
      ["讲话", summary.speeches], ["新片段", summary.snippets], ["重复段落", summary.duplicates]];
    document.getElementById("import-counts").innerHTML =
      rows.map(([name, value]) => "<tr><th>" + name + "</th><td class=\"num\">" + value + "</td></tr>").join("");
    document.getElementById("import-failed").innerHTML = failed.length
      ? "<h3>失败的文件</h3><ul class=\"failed\">" + failed.map((f) => "<li><b>" + bigan.escape(f.file) + "</b>：" + bigan.escape(f.error) + "</li>").join("") + "</ul>" : "";
    const skipped = summary.skipped || [];
    document.getElementById("import-skipped").innerHTML = skipped.length
      ? "<h3>跳过的文件</h3><ul>" + skipped.map((f) => "<li>" + bigan.escape(f.file) + "：" + bigan.escape(f.reason) + "</li>").join("") + "</ul>" : "";
    show("import-result");
  }

  function show(id) { document.getElementById(id).classList.remove("hidden"); }
})();
