"""Drives `bigan serve` in headless Chromium (see browser-test.sh). Usage: browser-test.py BIN SHOTS"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

BIN, SHOTS = sys.argv[1], os.path.abspath(sys.argv[2])
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STARTER = os.path.join(ROOT, "Snippets", "starter")
work = tempfile.mkdtemp(prefix="bigan-browser-")
downloads = os.path.join(work, "downloads")
os.makedirs(downloads)
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# A folder of 范文 to import, with a subfolder, from the bundled starter corpus.
folder = os.path.join(work, "范文")
os.makedirs(os.path.join(folder, "会议"))
starters = sorted(n for n in os.listdir(STARTER) if n.endswith((".txt", ".docx")))
for name in starters[:10]:
    shutil.copy(os.path.join(STARTER, name), os.path.join(folder, "会议" if "会" in name[3:6] else "", name))
speech_to_check = os.path.join(STARTER, starters[11])

port = free_port()
base = f"http://127.0.0.1:{port}"
env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"), XDG_DATA_HOME=os.path.join(work, "data"))
server = subprocess.Popen(
    [BIN, "serve", "--library", os.path.join(work, "library.sqlite"), "--port", str(port)],
    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
token = None
deadline = time.time() + 60
while time.time() < deadline:
    line = server.stdout.readline()
    if not line:
        break
    if "Bearer" in line:
        token = line.strip().split("：")[-1]
        break
check(token is not None, "the server starts and prints its URL and token")


def api(path, method="GET", body=None, headers=None, bearer=True):
    headers = dict(headers or {})
    if bearer:
        headers["Authorization"] = "Bearer " + token
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


options = webdriver.ChromeOptions()
options.binary_location = shutil.which("chromium")
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN"]:
    options.add_argument(argument)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
wait = WebDriverWait(driver, 90)


def shot(name):
    driver.execute_script("window.scrollTo(0, 0)")
    height = driver.execute_script("return Math.max(document.body.scrollHeight, 900)")
    driver.set_window_size(1366, min(height + 40, 6000))
    driver.save_screenshot(os.path.join(SHOTS, name + ".png"))
    driver.set_window_size(1366, 900)


try:
    # 导入: a whole folder (webkitdirectory), progress, then the summary.
    driver.get(base + "/import")
    driver.find_element(By.ID, "import-folder").send_keys(folder)
    driver.find_element(By.ID, "import-start").click()
    wait.until(EC.visibility_of_element_located((By.ID, "import-result")))
    counts = driver.find_element(By.ID, "import-counts").text
    check("新导入 10" in counts, "a folder of 10 files imports: " + counts.replace("\n", " "))
    shot("01-import")

    # 检索: one box, marked matches, source and line.
    driver.get(base + "/search")
    box = driver.find_element(By.ID, "q")
    box.send_keys("安全生产", Keys.ENTER)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "article.hit")))
    marks = driver.find_elements(By.CSS_SELECTOR, "article.hit mark")
    check(len(marks) > 0 and marks[0].text == "安全生产", "search marks the match")
    check("第" in driver.find_element(By.CSS_SELECTOR, "article.hit .source").text, "a hit names its file and line")
    shot("02-search")

    # 主题 and one theme's snippets with why they matched.
    driver.get(base + "/themes")
    shot("03-themes")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.grid tbody tr")
    best = max(rows, key=lambda row: int(row.find_elements(By.TAG_NAME, "td")[1].text))
    best.find_element(By.TAG_NAME, "a").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "article.hit")))
    check("匹配原因" in driver.page_source, "a theme's snippets say why they matched")
    shot("04-theme")

    # 片段: sources, neighbours, annotations.
    driver.find_element(By.CSS_SELECTOR, "article.hit .actions a").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "ul.sources li")))
    check("出处" in driver.page_source, "the snippet page lists its sources")
    shot("05-snippet")

    # 起草: compose, swap one paragraph, lock it, recompose, download the .docx.
    driver.get(base + "/draft")
    Select(driver.find_element(By.NAME, "occasion")).select_by_value("总结表彰会")
    Select(driver.find_element(By.NAME, "role")).select_by_value("市长")
    driver.find_element(By.NAME, "region").send_keys("天水市")
    driver.find_element(By.NAME, "org").send_keys("天水市人民政府")
    driver.find_element(By.ID, "compose").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#draft .block")))
    shot("06-draft")
    select_element = driver.find_element(By.CSS_SELECTOR, "select[data-swap]")
    index = int(select_element.get_attribute("data-swap"))
    before = driver.find_element(By.CSS_SELECTOR, f"#block-{index} .text").text
    Select(select_element).select_by_index(1)
    after = driver.find_element(By.CSS_SELECTOR, f"#block-{index} .text").text
    check(after != before and len(after) > 20, "swapping a paragraph puts an alternative in its place")
    driver.find_element(By.CSS_SELECTOR, f'#block-{index} button[data-action="lock"]').click()
    driver.find_element(By.ID, "recompose").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "draft-status"), "保留了 1 段"))
    kept = driver.find_element(By.CSS_SELECTOR, f"#block-{index} .text").text
    check(kept == after, "recompose keeps the locked paragraph where it stood")
    shot("07-draft-swapped")
    driver.find_element(By.ID, "download-docx").click()
    docx = None
    for _ in range(100):
        done = [f for f in os.listdir(downloads) if f.endswith(".docx")]
        if done:
            docx = os.path.join(downloads, done[0])
            break
        time.sleep(0.2)
    check(docx is not None, "the .docx downloads")
    if docx:
        with zipfile.ZipFile(docx) as archive:
            xml = archive.read("word/document.xml").decode()
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
        check(after[:30] in text, "the .docx holds the swapped paragraph as on screen")

    # 体检: upload a finished speech, choose region, year and role, see the findings.
    driver.get(base + "/check")
    check_page = driver.find_elements(By.ID, "check-file")
    check(len(check_page) == 1, "the 体检 page has an upload field")
    if check_page:
        check_page[0].send_keys(speech_to_check)
        driver.find_element(By.NAME, "region").send_keys("天水市")
        driver.find_element(By.ID, "check-start").click()
        wait.until(EC.visibility_of_element_located((By.ID, "check-result")))
        check(len(driver.find_element(By.ID, "check-text").text) > 200, "the checked speech is shown beside its findings")
        check(len(driver.find_elements(By.CSS_SELECTOR, ".finding")) > 0, "the 体检 lists findings")
        shot("08-check")

    # 片段库: counts, and removing a file.
    driver.get(base + "/library")
    shot("09-library")
    first = driver.find_element(By.CSS_SELECTOR, "button.remove")
    removed_file = first.get_attribute("data-file")
    first.click()
    driver.switch_to.alert.accept()
    wait.until(EC.text_to_be_present_in_element((By.ID, "remove-status"), "已移除"))
    status, body = api("/api/sources")
    check(removed_file not in json.loads(body), "removing a file takes it out of the library")

    driver.get(base + "/snippets/999999")
    check("出错了" in driver.page_source and "999999" in driver.page_source, "a missing snippet is a page in Chinese")
    shot("10-error")
finally:
    driver.quit()

# The safety points against the real server.
status, body = api("/api/health", headers={"Host": "evil.example"}, bearer=False)
check(status == 421, "a foreign Host header gets 421")
status, body = api("/api/draft", "POST", {"occasion": "总结表彰会", "role": "市长"}, headers={"Origin": "http://evil.example"}, bearer=False)
check(status == 403 and "拒绝" in json.loads(body)["error"], "a change from another origin is refused")

# 20 clients search and compose while an import runs.
zip_path = os.path.join(work, "更多范文.zip")
with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
    for name in starters[10:]:
        archive.write(os.path.join(STARTER, name), name)
boundary = "----biganBrowserTest"
payload = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"更多范文.zip\"\r\n"
           "Content-Type: application/zip\r\n\r\n").encode() + open(zip_path, "rb").read() + f"\r\n--{boundary}--\r\n".encode()
request = urllib.request.Request(base + "/api/import", data=payload, method="POST", headers={
    "Authorization": "Bearer " + token, "Content-Type": "multipart/form-data; boundary=" + boundary})
with urllib.request.urlopen(request) as response:
    job = json.loads(response.read())["job"]
errors = []


def client(number):
    for round_ in range(3):
        words = ["安全", "营商环境", "督查", "乡村振兴", "表彰"][(number + round_) % 5]
        status, body = api("/api/search?q=" + urllib.parse.quote(words))
        if status != 200:
            errors.append(f"search {status} {body[:200]}")
        status, body = api("/api/draft", "POST", {"occasion": "推进会", "role": "副市长", "seed": number * 10 + round_})
        if status != 200 or not json.loads(body).get("blocks"):
            errors.append(f"draft {status} {body[:200]}")


threads = [threading.Thread(target=client, args=(n,)) for n in range(20)]
started = time.time()
for thread in threads:
    thread.start()
with urllib.request.urlopen(base + f"/api/import/{job}/events", timeout=300) as events:
    stream = events.read().decode()
for thread in threads:
    thread.join()
done = json.loads(stream.strip().split("\n\n")[-1].split("data: ", 1)[1])
check(not errors, f"20 clients searched and composed while an import ran ({time.time() - started:.1f}s): {errors[:3]}")
check(done["imported"] == len(starters) - 10 and not done["failed"], "the import beside them succeeded: " + json.dumps(done, ensure_ascii=False))
status, body = api("/api/stats")
stats = json.loads(body)
check(stats["files"] == len(starters) - 1, f"the library is intact: {stats['files']} files")

# Ctrl-C stops it cleanly.
server.send_signal(signal.SIGINT)
try:
    code = server.wait(timeout=30)
except subprocess.TimeoutExpired:
    server.kill()
    code = None
check(code == 0, f"Ctrl-C stops the server cleanly (exit {code})")
shutil.rmtree(work, ignore_errors=True)
print(f"screenshots in {SHOTS}")
if failures:
    print(f"browser test: {len(failures)} failed", file=sys.stderr)
    sys.exit(1)
print("browser test: all passed")
