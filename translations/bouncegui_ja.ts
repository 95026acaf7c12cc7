<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CatalogueColumn</name>
    <message>
        <source>Bounce error</source>
        <translation>バウンスエラー</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>ソリューション</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Recipient bounces</source>
        <translation>受信者のバウンス</translation>
    </message>
    <message>
        <source>Invalid recipient bounces</source>
        <translation>無効な受信者のバウンス</translation>
    </message>
    <message>
        <source>Sender bounces</source>
        <translation>送信者のバウンス</translation>
    </message>
    <message>
        <source>Content bounces</source>
        <translation>コンテンツのバウンス</translation>
    </message>
    <message>
        <source>Rate limit bounces</source>
        <translation>レート制限バウンス</translation>
    </message>
    <message>
        <source>Remote block list (RBL) bounces</source>
        <translation>リモートブロックリスト(RBL)のバウンス</translation>
    </message>
    <message>
        <source>Microsoft 365 bounces</source>
        <translation>Microsoft 365バウンス</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message numerus="yes">
        <source>Matched %n time(s) in this session</source>
        <translation>
            <numerusform>このセッションで%n件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>No help-page entry: {bounce}</source>
        <translation>ヘルプページに該当する項目なし：{bounce}</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s) in this session; no entry of the help page matched</source>
        <translation>
            <numerusform>このセッションで%n件（ヘルプページに該当する項目なし）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTab</name>
    <message>
        <source>Recipient</source>
        <translation>受信者のバウンス</translation>
    </message>
    <message>
        <source>Invalid recipient</source>
        <translation>無効な受信者のバウンス</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>送信者のバウンス</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>コンテンツのバウンス</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>レート制限バウンス</translation>
    </message>
    <message>
        <source>Remote block list (RBL)</source>
        <translation>リモートブロックリスト(RBL)のバウンス</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365バウンス</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>CategoryTabs</name>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) in this session</source>
        <translation>
            <numerusform>このセッションで%n件の受信者が該当</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: bounce errors, causes and solutions</source>
        <translation>{title}:バウンスエラー、原因、ソリューション</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Paste the bounce here: the whole message or just the error line.</source>
        <translation>ここにバウンスメールを貼り付けてください。メール全体でも、エラーの行だけでもかまいません。</translation>
    </message>
    <message>
        <source>Bounce text</source>
        <translation>バウンスのテキスト</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>診断(&amp;D)</translation>
    </message>
    <message>
        <source>Diagnose the pasted text (Ctrl+Return)</source>
        <translation>貼り付けたテキストを診断します(Ctrl+Return)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Drop to diagnose these files</source>
        <translation>ドロップするとこれらのファイルを診断します</translation>
    </message>
    <message>
        <source>…or drop .eml, .msg, .mbox or .txt files and folders anywhere on this window.</source>
        <translation>…または .eml、.msg、.mbox、.txt のファイルやフォルダをこのウィンドウのどこかにドロップしてください。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong inside bouncegui. The window keeps working; please copy the details below into a bug report.</source>
        <translation>bouncegui の内部で問題が発生しました。ウィンドウはこのまま使えます。下の詳細をコピーして不具合報告に貼り付けてください。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>詳細をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>起きたこと</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Who has to act</source>
        <translation>対応する人</translation>
    </message>
    <message>
        <source>Temporary or permanent</source>
        <translation>一時的か恒久的か</translation>
    </message>
    <message>
        <source>Failed recipient(s)</source>
        <translation>届かなかった宛先</translation>
    </message>
    <message>
        <source>From the bounce</source>
        <translation>バウンスの該当箇所</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Permanent: sending again will fail the same way</source>
        <translation>恒久的:そのまま再送しても同じように失敗します</translation>
    </message>
    <message>
        <source>Temporary: the server may accept it later</source>
        <translation>一時的:時間をおけばサーバーが受け付ける可能性があります</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>(not named in the bounce)</source>
        <translation>(バウンスに記載なし)</translation>
    </message>
    <message>
        <source>No entry of the help page matched; this explanation comes from the bounce&apos;s codes.</source>
        <translation>ヘルプページのどの項目にも一致しませんでした。この説明はバウンスのコードに基づいています。</translation>
    </message>
    <message>
        <source>Bounce diagnosis</source>
        <translation>バウンスの診断</translation>
    </message>
    <message>
        <source>Bounce diagnoses</source>
        <translation>バウンスの診断一覧</translation>
    </message>
    <message>
        <source>Hello,

A message I sent to {address} came back undelivered.</source>
        <translation>こんにちは。

{address} 宛てにお送りしたメールが届かずに戻ってきました。</translation>
    </message>
    <message>
        <source>Hello,

A message sent to {address}, an address at your organisation, came back undelivered.</source>
        <translation>ご担当者様

貴組織のアドレス {address} 宛てのメールが届かずに戻ってきました。</translation>
    </message>
    <message>
        <source>Hello,

A message I sent to {address} came back undelivered, and the fix is on our side.</source>
        <translation>ご担当者様

{address} 宛てに送ったメールが届かずに戻ってきました。こちら側での対応が必要です。</translation>
    </message>
    <message>
        <source>Hello,

A message sent through your service to {address} came back undelivered.</source>
        <translation>ご担当者様

貴社のサービスを通じて {address} 宛てに送ったメールが届かずに戻ってきました。</translation>
    </message>
    <message>
        <source>Note to self: the message to {address} came back undelivered.</source>
        <translation>自分用メモ:{address} 宛てのメールが届かずに戻ってきました。</translation>
    </message>
    <message>
        <source>What failed: {title}</source>
        <translation>起きたこと:{title}</translation>
    </message>
    <message>
        <source>The bounce said: {evidence}</source>
        <translation>バウンスの記載:{evidence}</translation>
    </message>
    <message>
        <source>Why: {cause}</source>
        <translation>原因:{cause}</translation>
    </message>
    <message>
        <source>What should be done: {solution}</source>
        <translation>お願いしたい対応:{solution}</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>よろしくお願いいたします。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>bouncegui: bounced email troubleshooter</source>
        <translation>bouncegui:バウンスメールのトラブルシューター</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open bounces…</source>
        <translation>バウンスを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>フォルダを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;lear session</source>
        <translation>セッションをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Diagnose pasted text</source>
        <translation>貼り付けたテキストを診断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnosis</source>
        <translation>診断結果をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Write a &amp;note…</source>
        <translation>連絡文を作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find in catalogue</source>
        <translation>一覧を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Hide addresses, domains and IPs when sharing</source>
        <translation>共有時にアドレス、ドメイン、IPを伏せる(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>一括処理を中止</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the diagnosis as text (Ctrl+C)</source>
        <translation>診断結果をテキストとしてコピーします(Ctrl+C)</translation>
    </message>
    <message>
        <source>Save this message as Markdown or HTML, or the session as CSV (Ctrl+S)</source>
        <translation>このメッセージをMarkdownかHTMLで、セッション全体をCSVで保存します(Ctrl+S)</translation>
    </message>
    <message>
        <source>A ready-to-send note to whoever has to act</source>
        <translation>対応する人にそのまま送れる連絡文</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>絞り込み(&amp;I):</translation>
    </message>
    <message>
        <source>Code (IB212, 5.7.708, 552) or words, in English or Japanese</source>
        <translation>コード(IB212、5.7.708、552)または語句(英語・日本語)</translation>
    </message>
    <message>
        <source>Filter the catalogue</source>
        <translation>一覧を絞り込む</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断結果</translation>
    </message>
    <message>
        <source>Messages analysed in this session</source>
        <translation>このセッションで調べたメッセージ</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>一括処理の進み具合</translation>
    </message>
    <message>
        <source>Open bounces</source>
        <translation>バウンスを開く</translation>
    </message>
    <message>
        <source>Mail files (*.eml *.msg *.mbox *.mbx *.txt);;All files (*)</source>
        <translation>メールファイル (*.eml *.msg *.mbox *.mbx *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a folder of bounces</source>
        <translation>バウンスのフォルダを開く</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>内部エラー:{error}</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%m件中%v件</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n message(s) in this session.</source>
        <translation>
            <numerusform>中止しました。このセッションのメッセージは%n件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done; %n message(s) in this session.</source>
        <translation>
            <numerusform>完了しました。このセッションのメッセージは%n件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing diagnosed yet.

Paste a bounce on the left, or drop bounce files on this window. Meanwhile the tabs below list every bounce error of the help page, with its cause and solution.</source>
        <translation>まだ何も診断していません。

左側にバウンスを貼り付けるか、バウンスのファイルをこのウィンドウにドロップしてください。下のタブには、ヘルプページのすべてのバウンスエラーとその原因、ソリューションが表示されています。</translation>
    </message>
    <message>
        <source>Diagnosis copied.</source>
        <translation>診断結果をコピーしました。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV, whole session (*.csv)</source>
        <translation>CSV、セッション全体 (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} を保存しました。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note to whoever has to act</source>
        <translation>対応する人への連絡文</translation>
    </message>
    <message>
        <source>Language of the note:</source>
        <translation>連絡文の言語:</translation>
    </message>
    <message>
        <source>Language of the note</source>
        <translation>連絡文の言語</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>連絡文</translation>
    </message>
    <message>
        <source>&amp;Copy note</source>
        <translation>連絡文をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SessionColumn</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>宛先</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>{kind}: {error}</source>
        <translation>{kind}：{error}</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
</context>
</TS>
