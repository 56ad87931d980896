<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>MainWindow</name>
    <message>
        <source>IIS Status Codes</source>
        <translation>IIS 狀態碼</translation>
    </message>
    <message>
        <source>Type a code (403.14, 403-14, 500-100.ASP, FTP 550), a KB number or words; Up/Down pick a result, Enter reads it, Esc returns to the categories</source>
        <translation>輸入狀態碼（403.14、403-14、500-100.ASP、FTP 550）、KB 編號或字詞；按上/下方向鍵選取結果，按 Enter 閱讀，按 Esc 返回分類</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy &amp;Fix Steps</source>
        <translation>複製修正步驟(&amp;F)</translation>
    </message>
    <message>
        <source>Copy the fix steps of the shown entry as a numbered list</source>
        <translation>將目前顯示條目的修正步驟複製為編號清單</translation>
    </message>
    <message>
        <source>Copy &amp;Entry</source>
        <translation>複製整個條目(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>移至搜尋方塊</translation>
    </message>
    <message>
        <source>Show &amp;Categories</source>
        <translation>顯示分類(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the search and return to the category tree</source>
        <translation>清除搜尋內容並返回分類樹狀目錄</translation>
    </message>
    <message>
        <source>&amp;About iisref</source>
        <translation>關於 iisref(&amp;A)</translation>
    </message>
    <message>
        <source>Search codes, log values, KB numbers or error text (Ctrl+K)</source>
        <translation>搜尋狀態碼、記錄檔數值、KB 編號或錯誤訊息（Ctrl+K）</translation>
    </message>
    <message>
        <source>Copy the whole entry: header, meaning, causes, references and fix steps</source>
        <translation>複製整個條目：標題、意義、原因、參考資料與修正步驟</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一頁(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the entry or log read before (Alt+Left)</source>
        <translation>回到先前閱讀的條目或記錄檔（Alt+Left）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>下一頁(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>再往下一頁（Alt+Right）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>匯出為 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Print the whole entry: header, meaning, causes, references and fix steps</source>
        <translation>列印整個條目：標題、意義、原因、參考資料與修正步驟</translation>
    </message>
    <message>
        <source>Save the whole entry as a PDF file</source>
        <translation>將整個條目儲存為 PDF 檔案</translation>
    </message>
</context>
<context>
    <name>iisref::CategoryModel</name>
    <message>
        <source>Common codes</source>
        <translation>常見狀態碼</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <source>FTP substatus</source>
        <translation>FTP 子狀態</translation>
    </message>
    <message>
        <source>Win32 status</source>
        <translation>Win32 狀態</translation>
    </message>
    <message>
        <source>HTTP.sys reasons</source>
        <translation>HTTP.sys 原因</translation>
    </message>
</context>
<context>
    <name>iisref::CommandLine</name>
    <message>
        <source>Try &apos;iisref --help&apos; for more information.</source>
        <translation>請執行「iisref --help」以取得更多資訊。</translation>
    </message>
    <message>
        <source>Language of the output: en or zh_TW.</source>
        <translation>輸出的語言：en 或 zh_TW。</translation>
    </message>
    <message>
        <source>Only this protocol: http or ftp.</source>
        <translation>只顯示此通訊協定：http 或 ftp。</translation>
    </message>
    <message>
        <source>At most N search results.</source>
        <translation>最多顯示 N 筆搜尋結果。</translation>
    </message>
    <message>
        <source>Print a JSON array of entries.</source>
        <translation>以 JSON 陣列輸出條目。</translation>
    </message>
    <message>
        <source>Read en.json and zh_TW.json from this directory instead of the built-in codes.</source>
        <translation>從此目錄讀取 en.json 與 zh_TW.json，而不使用內建的狀態碼。</translation>
    </message>
    <message>
        <source>A code or search words.</source>
        <translation>狀態碼或搜尋字詞。</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; expected en or zh_TW</source>
        <translation>不明的語言「%1」；應為 en 或 zh_TW</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;; expected http or ftp</source>
        <translation>不明的通訊協定「%1」；應為 http 或 ftp</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--limit 需要大於或等於 1 的整數，而不是「%1」</translation>
    </message>
    <message>
        <source>no status codes could be loaded; see the warnings above</source>
        <translation>無法載入任何狀態碼；請參閱上方的警告</translation>
    </message>
    <message>
        <source>show needs a code, such as 403.14</source>
        <translation>show 需要一個狀態碼，例如 403.14</translation>
    </message>
    <message>
        <source>search needs a query, such as &quot;ssl required&quot;</source>
        <translation>search 需要查詢字串，例如 &quot;ssl required&quot;</translation>
    </message>
    <message>
        <source>no entry matches &apos;%1&apos;</source>
        <translation>沒有符合「%1」的條目</translation>
    </message>
    <message>
        <source>nearest: %1</source>
        <translation>最接近的條目：%1</translation>
    </message>
    <message>
        <source>Only this kind of code: %1.</source>
        <translation>只限這種代碼：%1。</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; expected %2</source>
        <translation>不明的代碼種類「%1」；應為 %2</translation>
    </message>
    <message>
        <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); without a window, give one of the commands show, search, list or log</source>
        <translation>沒有可開啟視窗的顯示器（DISPLAY 與 WAYLAND_DISPLAY 都未設定）；沒有視窗時，請指定 show、search、list 或 log 其中一個命令</translation>
    </message>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>是不是要輸入「%1」？</translation>
    </message>
    <message>
        <source>Only the causes and fix steps for this IIS release (%1); list shows only the codes it has.</source>
        <translation>只顯示此 IIS 版本（%1）的原因與修正步驟；list 只列出該版本有的狀態碼。</translation>
    </message>
    <message>
        <source>Print the entries as CSV with a header row, for a lookup table.</source>
        <translation>以含標題列的 CSV 輸出條目，可作為查閱資料表使用。</translation>
    </message>
    <message>
        <source>unknown IIS version &apos;%1&apos;; expected one of %2</source>
        <translation>不明的 IIS 版本「%1」；應為下列其中之一：%2</translation>
    </message>
    <message>
        <source>--csv and --json cannot be used together; choose one</source>
        <translation>無法同時使用 --csv 與 --json；請擇一使用</translation>
    </message>
    <message>
        <source>Offline reference for IIS HTTP and FTP status codes.

Commands:
  show CODE      the entry for a code: 403.14, 403-14, 500-100.ASP, &quot;ftp 550&quot;
  search QUERY   ranked search by code, phrase, KB number or words
  list           every code
  log PATH...    tally IIS logs (W3C, FTP, HTTPERR, IIS, NCSA; files or folders)
  (none)         open the window, at the best match for QUERY if given

Exit status: 0 found, 1 nothing matched, 2 usage error.
For log: 0 requests were tallied, 1 none, 2 usage error or unreadable input.</source>
        <translation>IIS HTTP 與 FTP 狀態碼的離線參考資料。

命令：
  show CODE      顯示某個狀態碼的條目：403.14、403-14、500-100.ASP、&quot;ftp 550&quot;
  search QUERY   依狀態碼、片語、KB 編號或字詞搜尋，結果依相關程度排序
  list           列出所有狀態碼
  log PATH...    統計 IIS 記錄檔（W3C、FTP、HTTPERR、IIS、NCSA；檔案或資料夾）
  （無）         開啟視窗；若有指定 QUERY，則顯示最符合的條目

結束狀態：0 表示找到，1 表示沒有符合的條目，2 表示用法錯誤。
log 命令：0 表示已統計到要求，1 表示沒有任何要求，2 表示用法錯誤或無法讀取輸入。</translation>
    </message>
    <message>
        <source>log: show the N most frequent rows, and N URIs and clients a row.</source>
        <translation>log：顯示最常出現的 N 列，以及每列前 N 個 URI 與用戶端。</translation>
    </message>
    <message>
        <source>show, search, list or log.</source>
        <translation>show、search、list 或 log。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; expected show, search, list or log</source>
        <translation>不明的命令「%1」；應為 show、search、list 或 log</translation>
    </message>
    <message>
        <source>--top needs a whole number of at least 1, not &apos;%1&apos;</source>
        <translation>--top 需要至少為 1 的整數，而不是「%1」</translation>
    </message>
    <message>
        <source>log needs a log file or folder, such as W3SVC1</source>
        <translation>log 需要記錄檔或資料夾，例如 W3SVC1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 requests in %2 files, %3 lines skipped</source>
        <translation>%2 個檔案中共 %1 個要求，略過 %3 行</translation>
    </message>
    <message>
        <source>Skipped lines (the first %1):</source>
        <translation>略過的行（前 %1 行）：</translation>
    </message>
</context>
<context>
    <name>iisref::EntryFormatter</name>
    <message>
        <source>Meaning</source>
        <translation>意義</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fix steps</source>
        <translation>修正步驟</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>附註</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>相關狀態碼</translation>
    </message>
    <message>
        <source>References</source>
        <translation>參考資料</translation>
    </message>
</context>
<context>
    <name>iisref::EntryPrinter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>iisref::EntryView</name>
    <message>
        <source>Copy steps</source>
        <translation>複製步驟</translation>
    </message>
    <message>
        <source>Copy the fix steps as a numbered list (Ctrl+Shift+C)</source>
        <translation>將修正步驟複製為編號清單（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>選取的條目</translation>
    </message>
    <message>
        <source>Code and title</source>
        <translation>狀態碼與標題</translation>
    </message>
    <message>
        <source>Activate an article to search the web for it; its context menu copies the ID.</source>
        <translation>開啟文章會在網路上搜尋該文章；快顯功能表可複製文章編號。</translation>
    </message>
    <message>
        <source>Copy fix steps</source>
        <translation>複製修正步驟</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>未選取任何條目</translation>
    </message>
    <message>
        <source>Type a code such as 403.14, 500-100.ASP or FTP 550, or words from an error message.</source>
        <translation>請輸入狀態碼（例如 403.14、500-100.ASP 或 FTP 550），或錯誤訊息中的字詞。</translation>
    </message>
    <message>
        <source>Kind of code and IIS versions</source>
        <translation>代碼種類與 IIS 版本</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>種類：%1</translation>
    </message>
    <message>
        <source>Kind: %1 · Applies to: %2</source>
        <translation>種類：%1 · 適用於：%2</translation>
    </message>
    <message>
        <source>Enter or double-click opens the reference, or searches the web for one without a known address.</source>
        <translation>按 Enter 或按兩下可開啟參考資料；沒有已知網址的參考資料則改為在網路上搜尋。</translation>
    </message>
    <message>
        <source>No reference is listed for this code.</source>
        <translation>這個代碼沒有列出參考資料。</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>複製 %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>開啟 %1</translation>
    </message>
    <message>
        <source>Does not apply to %1</source>
        <translation>不適用於 %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>沒有符合「%1」的條目</translation>
    </message>
    <message>
        <source>Nearest codes</source>
        <translation>最接近的狀態碼</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Parts of the entry</source>
        <translation>條目的各個部分</translation>
    </message>
</context>
<context>
    <name>iisref::HourlyChart</name>
    <message>
        <source>Requests per hour</source>
        <translation>每小時要求數</translation>
    </message>
    <message>
        <source>%1 hours, busiest %2 UTC with %3 requests</source>
        <translation>共 %1 小時，最忙碌的是 %2 UTC，有 %3 個要求</translation>
    </message>
    <message>
        <source>No times in this log format</source>
        <translation>這種記錄檔格式沒有時間</translation>
    </message>
</context>
<context>
    <name>iisref::LogPage</name>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 個要求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個檔案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>略過 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>cancelled: only part of the logs was read</source>
        <translation>已取消：只讀取了部分記錄檔</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <source>Export Tally</source>
        <translation>匯出統計</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;JSON (*.json)</source>
        <translation>CSV 表格 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Filter rows (code, meaning, time)</source>
        <translation>篩選資料列（狀態碼、意義、時間）</translation>
    </message>
    <message>
        <source>Filter log rows</source>
        <translation>篩選記錄檔資料列</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Log tally</source>
        <translation>記錄檔統計</translation>
    </message>
    <message>
        <source>Top URIs</source>
        <translation>最常見的 URI</translation>
    </message>
    <message>
        <source>Top clients</source>
        <translation>最常見的用戶端</translation>
    </message>
    <message>
        <source>Skipped lines</source>
        <translation>略過的行</translation>
    </message>
    <message>
        <source>Reading logs</source>
        <translation>正在讀取記錄檔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sample lines</source>
        <translation>範例行</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>記錄檔的行</translation>
    </message>
    <message>
        <source>Sample lines of the selected row</source>
        <translation>所選資料列的範例行</translation>
    </message>
</context>
<context>
    <name>iisref::LogTallyModel</name>
    <message>
        <source>Code</source>
        <translation>狀態碼</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要求數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意義</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>首次出現 (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>最後出現 (UTC)</translation>
    </message>
</context>
<context>
    <name>iisref::MainWindow</name>
    <message>
        <source>Language: %1</source>
        <translation>語言：%1</translation>
    </message>
    <message>
        <source>IIS Status Codes</source>
        <translation>IIS 狀態碼</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Language of the window and the entries</source>
        <translation>視窗與條目內容所用的語言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Categories and search results</source>
        <translation>分類與搜尋結果</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>選取的條目</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 個狀態碼</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of codes</source>
        <translation>狀態碼數目</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>沒有符合「%1」的條目。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Nearby:</source>
        <translation>沒有符合「%1」的條目。相近的條目：</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 筆結果</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a known code.</source>
        <translation>%1 不是已知的狀態碼。</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>請先選取一個條目。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n fix step(s) of %1.</source>
        <translation>
            <numerusform>已複製 %1 的 %n 個修正步驟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the whole entry %1.</source>
        <translation>已複製整個條目 %1。</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>已複製 %1。</translation>
    </message>
    <message>
        <source>Could not open a web browser for %1.</source>
        <translation>無法開啟網頁瀏覽器來搜尋 %1。</translation>
    </message>
    <message>
        <source>About iisref</source>
        <translation>關於 iisref</translation>
    </message>
    <message>
        <source>Opened %1 in the web browser.</source>
        <translation>已在網頁瀏覽器中開啟 %1。</translation>
    </message>
    <message>
        <source>&amp;IIS version:</source>
        <translation>IIS 版本(&amp;I)：</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>全部版本</translation>
    </message>
    <message>
        <source>Show only the causes and fix steps that apply to one IIS release (Alt+I)</source>
        <translation>只顯示適用於單一 IIS 版本的原因與修正步驟（Alt+I）</translation>
    </message>
    <message>
        <source>IIS version</source>
        <translation>IIS 版本</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;iisref %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline reference for the statuses IIS 4.0 to 10 reports (HTTP and FTP codes, Win32 status values, HTTP.sys reasons): what each means, why it happens and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;iisref %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;IIS 4.0 到 10 所回報狀態（HTTP 與 FTP 代碼、Win32 狀態值、HTTP.sys 原因）的離線參考：說明每個狀態的意義、發生原因與修正方法。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>記錄檔</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>開啟記錄檔</translation>
    </message>
    <message>
        <source>IIS logs (*.log);;All files (*)</source>
        <translation>IIS 記錄檔 (*.log);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>From the log: %1 — Alt+Left goes back to the log</source>
        <translation>來自記錄檔：%1 — 按 Alt+Left 回到記錄檔</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考資料</translation>
    </message>
    <message>
        <source>Reference and log</source>
        <translation>參考資料與記錄檔</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>開啟記錄檔(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder…</source>
        <translation>開啟記錄檔資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Recent Logs</source>
        <translation>最近的記錄檔(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n results shown</source>
        <translation>
            <numerusform>顯示 %n 個結果中的 %1 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a known code; showing %2.</source>
        <translation>%1 不是已知的狀態碼；改為顯示 %2。</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>列印 %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已將 %1 匯出至 %2。</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>已將 %1 傳送到印表機。</translation>
    </message>
</context>
<context>
    <name>iisref::Settings</name>
    <message>
        <source>The settings file %1 was damaged: the parts that could be read are used, and a copy of the file was kept as %2.</source>
        <translation>設定檔 %1 已損毀：會使用仍可讀取的部分，並已將該檔案的複本保留為 %2。</translation>
    </message>
    <message>
        <source>The settings file %1 was damaged: the parts that could be read are used; no copy could be kept.</source>
        <translation>設定檔 %1 已損毀：會使用仍可讀取的部分；但無法保留複本。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written: choices made now will not be remembered.</source>
        <translation>無法寫入設定檔 %1：現在所做的選擇將不會被記住。</translation>
    </message>
</context>
<context>
    <name>iisref::StartupOptions</name>
    <message>
        <source>Language: en or zh_TW.</source>
        <translation>語言：en 或 zh_TW。</translation>
    </message>
    <message>
        <source>Read en.json and zh_TW.json from DIR.</source>
        <translation>從 DIR 讀取 en.json 與 zh_TW.json。</translation>
    </message>
    <message>
        <source>A code or error text to open.</source>
        <translation>要開啟的狀態碼或錯誤訊息文字。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use en or zh_TW.</source>
        <translation>不明的語言「%1」；請使用 en 或 zh_TW。</translation>
    </message>
    <message>
        <source>Open this IIS log file or folder.</source>
        <translation>開啟這個 IIS 記錄檔或資料夾。</translation>
    </message>
</context>
</TS>
