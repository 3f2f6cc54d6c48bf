<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BenchCommand</name>
    <message>
        <source>Measure speed and peak memory (bench stats ...)</source>
        <translation>测量速度和峰值内存（bench stats ...）</translation>
    </message>
    <message>
        <source>Usage: cohort-cli bench stats --workspace W [--group NAME] [--runs N]</source>
        <translation>用法：cohort-cli bench stats --workspace W [--group 群名] [--runs N]</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Group for the one-group timing (default: the largest).</source>
        <translation>单群计时所用的群（默认：最大的群）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Repetitions (median is reported).</source>
        <translation>重复次数（报告中位数）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Last day of the one-year range (default: the latest order or message).</source>
        <translation>一年区间的最后一天（默认：最近的订单或消息）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Facts: %1 day-activity rows, %2 members, %3 memberships, %4 orders, %5 groups</source>
        <translation>数据：%1 行每日活跃、%2 名成员、%3 条群成员关系、%4 个订单、%5 个群</translation>
    </message>
    <message>
        <source>Range: %1 to %2 (weekly series)</source>
        <translation>区间：%1 至 %2（按周）</translation>
    </message>
    <message>
        <source>Load facts from the workspace:    %1 ms (median of %2)</source>
        <translation>从工作区加载数据：    %1 毫秒（%2 次的中位数）</translation>
    </message>
    <message>
        <source>Full dashboard, all groups:       %1 ms</source>
        <translation>完整看板，全部群：       %1 毫秒</translation>
    </message>
    <message>
        <source>Full dashboard, one group:        %1 ms</source>
        <translation>完整看板，单个群：       %1 毫秒</translation>
    </message>
    <message>
        <source>Messages in range: %1; orders in range: %2</source>
        <translation>区间内消息：%1；区间内订单：%2</translation>
    </message>
    <message>
        <source>Peak RSS: %1 MiB</source>
        <translation>峰值常驻内存：%1 MiB</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Thursday flash sale</source>
        <translation>例如：周四秒杀</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Sta&amp;rts:</source>
        <translation>开始(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Re&amp;currence:</source>
        <translation>重复(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. FREQ=WEEKLY;BYDAY=MO,TU,WE,TH (empty = one-off)</source>
        <translation>例如 FREQ=WEEKLY;BYDAY=MO,TU,WE,TH（留空 = 一次性）</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Groups and products</source>
        <translation>群和商品</translation>
    </message>
    <message>
        <source>Target &amp;groups:</source>
        <translation>目标群(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>Price tiers</source>
        <translation>阶梯价格</translation>
    </message>
    <message>
        <source>The unit price falls as more people buy together (e.g. 2 people 90 each, 3 people 85).</source>
        <translation>一起购买的人越多，单价越低（例如 2 人每人 90，3 人每人 85）。</translation>
    </message>
    <message>
        <source>&amp;Add Tier</source>
        <translation>添加阶梯(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;emove Tier</source>
        <translation>删除阶梯(&amp;E)</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Copy-ready &amp;announcement:</source>
        <translation>可直接复制的公告(&amp;A)：</translation>
    </message>
    <message>
        <source>The text you post in the groups</source>
        <translation>要发到群里的文字</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <source>A campaign cannot end before it starts.</source>
        <translation>活动的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>时长不能为负数。</translation>
    </message>
    <message>
        <source>A price tier needs at least one participant.</source>
        <translation>每个价格阶梯至少需要一名参与者。</translation>
    </message>
    <message numerus="yes">
        <source>Two price tiers start at %n participant(s).</source>
        <translation><numerusform>有两个价格阶梯都从 %n 名参与者开始。</numerusform></translation>
    </message>
    <message>
        <source>Every price tier needs a price.</source>
        <translation>每个价格阶梯都需要价格。</translation>
    </message>
    <message>
        <source>All price tiers must use the same currency.</source>
        <translation>所有价格阶梯必须使用同一种货币。</translation>
    </message>
    <message>
        <source>A product is listed twice in the campaign.</source>
        <translation>活动中有商品重复列出。</translation>
    </message>
    <message>
        <source>A quantity limit cannot be negative.</source>
        <translation>限购数量不能为负数。</translation>
    </message>
    <message>
        <source>A group is listed twice in the campaign.</source>
        <translation>活动中有群重复列出。</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CampaignType</name>
    <message>
        <source>Flash sale</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <source>Gift pack, tiered group price</source>
        <translation>礼包阶梯拼团</translation>
    </message>
    <message>
        <source>Solitaire group-buy</source>
        <translation>接龙团购</translation>
    </message>
    <message>
        <source>Member referral day</source>
        <translation>会员裂变日</translation>
    </message>
    <message>
        <source>Red-packet activation</source>
        <translation>红包激活</translation>
    </message>
    <message>
        <source>Knowledge session</source>
        <translation>知识分享课</translation>
    </message>
    <message>
        <source>Check-in challenge</source>
        <translation>打卡挑战</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Cohort %1 (Qt %2, SQLite %3). Licence: GPL-3.0-or-later.</source>
        <translation>Cohort %1（Qt %2，SQLite %3）。许可证：GPL-3.0-or-later。</translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]</source>
        <translation>用法：cohort-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run “cohort-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>运行“cohort-cli &lt;命令&gt; --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 user error, 2 usage error.</source>
        <translation>退出状态：0 成功，1 用户错误，2 用法错误。</translation>
    </message>
    <message>
        <source>cohort-cli: unknown command “%1”.</source>
        <translation>cohort-cli：未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>CliWorkspace</name>
    <message>
        <source>cohort-cli: --workspace is required.</source>
        <translation>cohort-cli：必须指定 --workspace。</translation>
    </message>
    <message>
        <source>cohort-cli: no group named “%1” in this workspace.</source>
        <translation>cohort-cli：此工作区中没有名为“%1”的群。</translation>
    </message>
    <message>
        <source>cohort-cli: %1 “%2” is not a date (use YYYY-MM-DD).</source>
        <translation>cohort-cli：%1“%2”不是日期（请使用 YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>第 %1 行之后无法读取文件：%2</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (the file ends inside quotes).</source>
        <translation>第 %1 行：带引号的字段没有闭合（文件在引号内结束）。</translation>
    </message>
    <message>
        <source>Line %1: the row is longer than %2 characters; a quoted field is probably never closed.</source>
        <translation>第 %1 行：该行超过 %2 个字符，可能有带引号的字段没有闭合。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>W%1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买者</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>复购者</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>%1 (%2% of members)</source>
        <translation>%1（占成员 %2%）</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>营收（%1）</translation>
    </message>
    <message>
        <source>New members brought</source>
        <translation>带来的新成员</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill an empty workspace with realistic demo data</source>
        <translation>用逼真的演示数据填充空工作区</translation>
    </message>
    <message>
        <source>Workspace file (created when missing).</source>
        <translation>工作区文件（不存在时创建）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>随机种子：相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>small (default) or large (200,000 members, 500,000 orders).</source>
        <translation>small（默认）或 large（200,000 名成员、500,000 个订单）。</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>cohort-cli demo: --seed takes a whole number and --scale small or large.</source>
        <translation>cohort-cli demo：--seed 需要整数，--scale 需要 small 或 large。</translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s: %3 groups, %4 members, %5 products, %6 campaigns, %7 orders, %8 messages.</source>
        <translation>已在 %2 秒内将演示数据写入 %1：%3 个群、%4 名成员、%5 个商品、%6 个活动、%7 个订单、%8 条消息。</translation>
    </message>
</context>
<context>
    <name>DemoDataRunner</name>
    <message>
        <source>Filling the workspace with demo data…</source>
        <translation>正在用演示数据填充工作区…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data generation was cancelled; nothing was saved.</source>
        <translation>演示数据生成已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The workspace already holds data. Demo data goes into an empty workspace.</source>
        <translation>工作区中已有数据。演示数据只能填入空工作区。</translation>
    </message>
    <message>
        <source>Creating groups and products</source>
        <translation>正在创建群和商品</translation>
    </message>
    <message>
        <source>Inventing members</source>
        <translation>正在生成成员</translation>
    </message>
    <message>
        <source>Planning campaigns</source>
        <translation>正在安排活动</translation>
    </message>
    <message>
        <source>Writing conversations</source>
        <translation>正在编写聊天记录</translation>
    </message>
    <message>
        <source>Writing orders</source>
        <translation>正在生成订单</translation>
    </message>
    <message>
        <source>Saving members</source>
        <translation>正在保存成员</translation>
    </message>
    <message>
        <source>Saving messages</source>
        <translation>正在保存消息</translation>
    </message>
    <message>
        <source>Saving orders</source>
        <translation>正在保存订单</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>DiscordJsonHandler</name>
    <message>
        <source>The file is not a DiscordChatExporter JSON export: it is a single JSON value, not an object.</source>
        <translation>该文件不是 DiscordChatExporter 导出的 JSON：它只是单个 JSON 值，而不是对象。</translation>
    </message>
    <message>
        <source>The file is not a DiscordChatExporter JSON export: its top level is a list, not an object.</source>
        <translation>该文件不是 DiscordChatExporter 导出的 JSON：其顶层是列表，而不是对象。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n duplicate message(s) whose id appeared earlier in the file.</source>
        <translation><numerusform>跳过了 %n 条重复消息（其 ID 在文件前面已出现）。</numerusform></translation>
    </message>
    <message>
        <source>A message without id</source>
        <translation>一条没有 ID 的消息</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <source>A message has no id; it was read but cannot be told apart from a re-import.</source>
        <translation>有一条消息没有 ID；已读取，但重新导入时无法区分。</translation>
    </message>
    <message>
        <source>%1 has an invalid timestamp "%2" and was skipped.</source>
        <translation>%1 的时间戳“%2”无效，已跳过。</translation>
    </message>
    <message>
        <source>%1 has no author id.</source>
        <translation>%1 没有作者 ID。</translation>
    </message>
    <message>
        <source>%1 adds a recipient but mentions nobody; kept as a system message.</source>
        <translation>%1 添加了接收者但没有提到任何人；已作为系统消息保留。</translation>
    </message>
</context>
<context>
    <name>DiscordParser</name>
    <message>
        <source>The file is not UTF-8 but %1; DiscordChatExporter writes JSON in UTF-8, so this is not an unmodified Discord export.</source>
        <translation>该文件不是 UTF-8 而是 %1；DiscordChatExporter 以 UTF-8 写入 JSON，因此这不是未经修改的 Discord 导出文件。</translation>
    </message>
    <message>
        <source>Reading the Discord export failed at line %1: %2</source>
        <translation>读取 Discord 导出文件时在第 %1 行失败：%2</translation>
    </message>
    <message>
        <source>The Discord export is not valid JSON at line %1: %2.</source>
        <translation>Discord 导出文件在第 %1 行不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON document at line %1 was ignored.</source>
        <translation>已忽略第 %1 行 JSON 文档结束后的多余数据。</translation>
    </message>
    <message>
        <source>The file is JSON but not a DiscordChatExporter export: it has no "messages" list.</source>
        <translation>该文件是 JSON，但不是 DiscordChatExporter 导出文件：其中没有“messages”列表。</translation>
    </message>
    <message>
        <source>The Discord export holds no message that could be read.</source>
        <translation>Discord 导出文件中没有可读取的消息。</translation>
    </message>
</context>
<context>
    <name>EntryThreshold</name>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Paid entry</source>
        <translation>付费入群</translation>
    </message>
    <message>
        <source>Referral only</source>
        <translation>仅限推荐</translation>
    </message>
    <message>
        <source>Task to complete</source>
        <translation>完成任务</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Parent-child reading club 1</source>
        <translation>例如：亲子阅读会 1 群</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Main business:</source>
        <translation>主营业务(&amp;M)：</translation>
    </message>
    <message>
        <source>What you sell here</source>
        <translation>你在这里卖什么</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>人数上限(&amp;C)：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Customer portrait</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <source>&amp;Age range:</source>
        <translation>年龄段(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 28-40</source>
        <translation>例如：28-40</translation>
    </message>
    <message>
        <source>&amp;Gender mix:</source>
        <translation>性别构成(&amp;G)：</translation>
    </message>
    <message>
        <source>e.g. 80% female</source>
        <translation>例如：80% 女性</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>需求(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Pains:</source>
        <translation>痛点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Goals and entry</source>
        <translation>目标与入群</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Knowledge sharing</source>
        <translation>知识分享</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A / after-sales care</source>
        <translation>答疑 / 售后福利</translation>
    </message>
    <message>
        <source>Traffic pool / service exchange</source>
        <translation>引流 / 服务转化</translation>
    </message>
    <message>
        <source>Product sales</source>
        <translation>产品销售</translation>
    </message>
    <message>
        <source>Pro&amp;motion policy:</source>
        <translation>推广政策(&amp;M)：</translation>
    </message>
    <message>
        <source>Approved p&amp;romoters:</source>
        <translation>获准推广者(&amp;R)：</translation>
    </message>
    <message>
        <source>Comma-separated names</source>
        <translation>用逗号分隔的名字</translation>
    </message>
    <message>
        <source>&amp;Entry threshold:</source>
        <translation>入群门槛(&amp;E)：</translation>
    </message>
    <message>
        <source>Entry &amp;fee:</source>
        <translation>入群费用(&amp;F)：</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>Group &amp;rules:</source>
        <translation>群规(&amp;R)：</translation>
    </message>
    <message>
        <source>The written rules members agree to</source>
        <translation>成员同意遵守的书面群规</translation>
    </message>
    <message>
        <source>Checked automatically</source>
        <translation>自动检查</translation>
    </message>
    <message>
        <source>No links</source>
        <translation>禁止发链接</translation>
    </message>
    <message>
        <source>No mini-program cards</source>
        <translation>禁止发小程序卡片</translation>
    </message>
    <message>
        <source>No ads</source>
        <translation>禁止发广告</translation>
    </message>
    <message>
        <source>No soliciting members privately</source>
        <translation>禁止私下拉人</translation>
    </message>
    <message>
        <source>No flooding</source>
        <translation>禁止刷屏</translation>
    </message>
</context>
<context>
    <name>GroupGoal</name>
    <message>
        <source>Knowledge sharing</source>
        <translation>知识分享</translation>
    </message>
    <message>
        <source>Q&amp;A / after-sales care</source>
        <translation>答疑 / 售后福利</translation>
    </message>
    <message>
        <source>Traffic pool / service exchange</source>
        <translation>引流 / 服务转化</translation>
    </message>
    <message>
        <source>Product sales</source>
        <translation>产品销售</translation>
    </message>
</context>
<context>
    <name>GroupStatus</name>
    <message>
        <source>Planning</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉寂</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>HealthScoreFormula</name>
    <message>
        <source>Health (0–100) = activity (up to 40: 40 × (1 − e^(−a ÷ 25%)), a = active members ÷ members) + growth (up to 20: (joins − leaves) ÷ members, from −5% = 0 to +5% = 20) + conversion (up to 30: 30 × (1 − e^(−b ÷ 10%)), b = buyers ÷ members) + discipline (up to 10: falls to 0 at 5 rule violations per 100 members).</source>
        <translation>健康度（0–100）= 活跃度（最高 40：40 × (1 − e^(−a ÷ 25%))，a = 活跃成员 ÷ 成员）+ 增长（最高 20：（入群 − 退群）÷ 成员，−5% 为 0，+5% 为 20）+ 转化（最高 30：30 × (1 − e^(−b ÷ 10%))，b = 购买者 ÷ 成员）+ 纪律（最高 10：每 100 名成员有 5 次违规时降为 0）。</translation>
    </message>
</context>
<context>
    <name>JsonInputStream</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file ends in the middle of the JSON data (the export is truncated)</source>
        <translation>文件在 JSON 数据中途结束（导出文件不完整）</translation>
    </message>
    <message>
        <source>unexpected data after the end of the JSON document</source>
        <translation>JSON 文档结束后有多余数据</translation>
    </message>
    <message>
        <source>invalid JSON value</source>
        <translation>无效的 JSON 值</translation>
    </message>
    <message>
        <source>an object member has no name</source>
        <translation>对象成员没有名称</translation>
    </message>
    <message>
        <source>a ':' is missing after an object member name</source>
        <translation>对象成员名称后缺少“:”</translation>
    </message>
    <message>
        <source>a ',' or '}' is missing after an object member</source>
        <translation>对象成员后缺少“,”或“}”</translation>
    </message>
    <message>
        <source>a ',' or ']' is missing after an array element</source>
        <translation>数组元素后缺少“,”或“]”</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>字符串中有无效的转义序列</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字符串没有闭合</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>字符串中有无效的 UTF-8</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>JSON 格式错误</translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Main business</source>
        <translation>主营业务</translation>
    </message>
    <message>
        <source>Entry threshold</source>
        <translation>入群门槛</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>消费总额</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Repurchase cycle (days)</source>
        <translation>复购周期（天）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price tiers</source>
        <translation>阶梯价格</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>MemberCommand</name>
    <message>
        <source>Add Member “%1”</source>
        <translation>添加成员“%1”</translation>
    </message>
    <message>
        <source>Edit Member “%1”</source>
        <translation>编辑成员“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Member(s)</source>
        <translation><numerusform>删除 %n 名成员</numerusform></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;WeChat ID:</source>
        <translation>微信号(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. mother, Guangzhou</source>
        <translation>用逗号分隔，例如：宝妈, 广州</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Referrer:</source>
        <translation>推荐人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Agrees to be contacted</source>
        <translation>同意被联系(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>Add to &amp;Group</source>
        <translation>加入群(&amp;G)</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>移除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <source>A member cannot be their own referrer.</source>
        <translation>成员不能成为自己的推荐人。</translation>
    </message>
    <message>
        <source>The referrer no longer exists.</source>
        <translation>该推荐人已不存在。</translation>
    </message>
    <message>
        <source>“%1” was brought in (directly or through others) by this member; a referral cannot go in a circle.</source>
        <translation>“%1”是由该成员（直接或间接）推荐进来的；推荐关系不能形成循环。</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>成员需要一个名字。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>该成员已不存在。</translation>
    </message>
    <message>
        <source>“%1” has orders, messages or ledger entries and cannot be deleted. Archive or merge the member instead.</source>
        <translation>“%1”有订单、消息或账目记录，无法删除。请改为归档或合并该成员。</translation>
    </message>
    <message>
        <source>A member cannot leave a group before joining it.</source>
        <translation>成员不能在入群之前退群。</translation>
    </message>
    <message>
        <source>A member can hold only one membership per group.</source>
        <translation>每名成员在每个群中只能有一条成员关系。</translation>
    </message>
    <message>
        <source>An identity needs the platform's id or a name.</source>
        <translation>身份需要平台 ID 或名字。</translation>
    </message>
    <message>
        <source>This %1 account already belongs to another member.</source>
        <translation>这个%1账号已属于另一名成员。</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>名字不能为空。</translation>
    </message>
    <message>
        <source>A member cannot be merged into itself.</source>
        <translation>成员不能与自己合并。</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营/管理员</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家（大咖）</translation>
    </message>
    <message>
        <source>Seed user</source>
        <translation>种子用户</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合伙人/团长</translation>
    </message>
    <message>
        <source>Sharer</source>
        <translation>分享者</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>MembershipEventKind</name>
    <message>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>被移出</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Solitaire</source>
        <translation>接龙</translation>
    </message>
    <message>
        <source>Link or card</source>
        <translation>链接或卡片</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>OrderChannel</name>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Solitaire</source>
        <translation>接龙</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV 导入</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Unit price:</source>
        <translation>单价(&amp;U)：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总额：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>活动(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>The order needs a unit price.</source>
        <translation>订单需要单价。</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The total and the unit price must be in the same currency.</source>
        <translation>总额和单价必须使用同一种货币。</translation>
    </message>
    <message>
        <source>The order needs a date and time.</source>
        <translation>订单需要日期和时间。</translation>
    </message>
    <message>
        <source>The order’s member does not exist.</source>
        <translation>订单的成员不存在。</translation>
    </message>
    <message>
        <source>The order’s product does not exist.</source>
        <translation>订单的商品不存在。</translation>
    </message>
    <message>
        <source>“%1” is sold in %2; the order cannot be in %3.</source>
        <translation>“%1”以 %2 销售；订单不能使用 %3。</translation>
    </message>
    <message>
        <source>A member cannot be credited for their own order.</source>
        <translation>成员不能因自己的订单获得推荐奖励。</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language applies at once; dates, numbers and money follow it.</source>
        <translation>新语言立即生效；日期、数字和金额格式随之改变。</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Dried mango 500 g</source>
        <translation>例如：芒果干 500 克</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>SKU(&amp;S)：</translation>
    </message>
    <message>
        <source>Optional, unique</source>
        <translation>可选，不可重复</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. Snacks</source>
        <translation>例如：零食</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>价格(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>成本(&amp;O)：</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>毛利：</translation>
    </message>
    <message>
        <source>Re&amp;purchase cycle:</source>
        <translation>复购周期(&amp;P)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Active (offered to members)</source>
        <translation>在售（向成员提供）(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>A product needs a name.</source>
        <translation>商品需要一个名称。</translation>
    </message>
    <message>
        <source>Price and cost cannot be negative.</source>
        <translation>价格和成本不能为负数。</translation>
    </message>
    <message>
        <source>The repurchase cycle cannot be negative.</source>
        <translation>复购周期不能为负数。</translation>
    </message>
    <message>
        <source>Price and cost must be in the same currency.</source>
        <translation>价格和成本必须使用同一种货币。</translation>
    </message>
    <message>
        <source>The SKU “%1” is already used by “%2”.</source>
        <translation>SKU“%1”已被“%2”使用。</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n order(s) and cannot be deleted. Mark it inactive instead.</source>
        <translation><numerusform>“%1”有 %n 个订单，无法删除。请改为标记为停售。</numerusform></translation>
    </message>
</context>
<context>
    <name>ProductRole</name>
    <message>
        <source>Traffic product</source>
        <translation>引流品</translation>
    </message>
    <message>
        <source>Profit product</source>
        <translation>利润品</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Service / course</source>
        <translation>服务 / 课程</translation>
    </message>
</context>
<context>
    <name>PromotionPolicy</name>
    <message>
        <source>Private garden</source>
        <translation>私域（仅群主推广）</translation>
    </message>
    <message>
        <source>Free market</source>
        <translation>自由市场（经许可可推广）</translation>
    </message>
</context>
<context>
    <name>QqParser</name>
    <message>
        <source>Line ignored: text before the first message.</source>
        <translation>已忽略该行：第一条消息之前的文字。</translation>
    </message>
    <message>
        <source>The message header "%1" has an impossible date or time; the line is kept as message text.</source>
        <translation>消息头“%1”的日期或时间不可能存在；该行作为消息文字保留。</translation>
    </message>
    <message>
        <source>This is not a QQ message-manager export: no line of the form "2024-01-31 8:05:09 Nickname(12345678)" was found.</source>
        <translation>这不是 QQ 消息管理器导出的文件：没有找到形如“2024-01-31 8:05:09 昵称(12345678)”的行。</translation>
    </message>
    <message>
        <source>Line ignored: text outside any message ("%1").</source>
        <translation>已忽略该行：不属于任何消息的文字（“%1”）。</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid %1; they were replaced.</source>
        <translation>文件中有不符合 %1 编码的字节，已被替换。</translation>
    </message>
    <message>
        <source>No QQ message was found in this file: it has no line of the form "2024-01-31 8:05:09 Nickname(12345678)".</source>
        <translation>此文件中没有找到 QQ 消息：没有形如“2024-01-31 8:05:09 昵称(12345678)”的行。</translation>
    </message>
</context>
<context>
    <name>QqRecordClassifier</name>
    <message>
        <source>System notice "%1" looks like a %2 but names nobody; kept as a system record.</source>
        <translation>系统通知“%1”看起来是%2，但没有提到任何人；已作为系统记录保留。</translation>
    </message>
    <message>
        <source>join</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>移出</translation>
    </message>
</context>
<context>
    <name>SourceChannel</name>
    <message>
        <source>In-store QR code</source>
        <translation>门店二维码</translation>
    </message>
    <message>
        <source>Offline event</source>
        <translation>线下活动</translation>
    </message>
    <message>
        <source>Referral by a member</source>
        <translation>成员推荐</translation>
    </message>
    <message>
        <source>Paid entry</source>
        <translation>付费入群</translation>
    </message>
    <message>
        <source>Internal recommendation</source>
        <translation>内部推荐</translation>
    </message>
    <message>
        <source>Task screening</source>
        <translation>任务筛选</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Chat import</source>
        <translation>聊天记录导入</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Print activity, conversion, repurchase, fission and revenue metrics</source>
        <translation>输出活跃、转化、复购、裂变和营收指标</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Only this group (repeatable).</source>
        <translation>仅此群（可重复指定）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD); default 29 days before --to.</source>
        <translation>第一天（YYYY-MM-DD）；默认为 --to 之前 29 天。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD); default today.</source>
        <translation>最后一天（YYYY-MM-DD）；默认为今天。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>cohort-cli stats: unexpected argument “%1”.</source>
        <translation>cohort-cli stats：意外的参数“%1”。</translation>
    </message>
    <message>
        <source>cohort-cli stats: --from is after --to.</source>
        <translation>cohort-cli stats：--from 晚于 --to。</translation>
    </message>
    <message>
        <source>Metrics from %1 to %2</source>
        <translation>%1 至 %2 的指标</translation>
    </message>
    <message>
        <source>  Messages:          %1</source>
        <translation>  消息数：          %1</translation>
    </message>
    <message>
        <source>  Active members:    %1 of %2 (%3%)</source>
        <translation>  活跃成员：        %1 / %2（%3%）</translation>
    </message>
    <message>
        <source>  Joins / leaves:    %1 / %2</source>
        <translation>  入群 / 退群：     %1 / %2</translation>
    </message>
    <message>
        <source>  Buyers / orders:   %1 / %2</source>
        <translation>  购买者 / 订单：   %1 / %2</translation>
    </message>
    <message>
        <source>  Revenue:           %1</source>
        <translation>  营收：            %1</translation>
    </message>
    <message>
        <source>  Conversion:        %1%</source>
        <translation>  转化率：          %1%</translation>
    </message>
    <message>
        <source>  Repurchase rate:   %1%</source>
        <translation>  复购率：          %1%</translation>
    </message>
    <message>
        <source>  New by referral:   %1</source>
        <translation>  推荐新增：        %1</translation>
    </message>
    <message>
        <source>Groups by health (lowest first):</source>
        <translation>按健康度排列的群（从低到高）：</translation>
    </message>
</context>
<context>
    <name>TelegramJsonHandler</name>
    <message>
        <source>The file is not a Telegram Desktop JSON export: it is a single JSON value, not an object.</source>
        <translation>该文件不是 Telegram Desktop 导出的 JSON：它只是单个 JSON 值，而不是对象。</translation>
    </message>
    <message>
        <source>The file is not a Telegram Desktop JSON export: its top level is a list, not an object.</source>
        <translation>该文件不是 Telegram Desktop 导出的 JSON：其顶层是列表，而不是对象。</translation>
    </message>
    <message>
        <source>A nested list inside the message list was ignored.</source>
        <translation>已忽略消息列表中嵌套的列表。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) of the full-account export that are not groups or channels (personal, bot or saved-messages chats).</source>
        <translation><numerusform>跳过了全账号导出中 %n 个不是群组或频道的聊天（私聊、机器人或收藏夹）。</numerusform></translation>
    </message>
    <message>
        <source>A message without id</source>
        <translation>一条没有 ID 的消息</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <source>%1: date_unixtime "%2" is not a number; ignored.</source>
        <translation>%1：date_unixtime“%2”不是数字，已忽略。</translation>
    </message>
    <message>
        <source>%1 has no valid date ("%2"); its date_unixtime is used as the time.</source>
        <translation>%1 没有有效日期（“%2”）；改用其 date_unixtime 作为时间。</translation>
    </message>
    <message>
        <source>%1 has no valid date ("%2") and was skipped.</source>
        <translation>%1 没有有效日期（“%2”），已跳过。</translation>
    </message>
    <message>
        <source>%1 is of a kind the Telegram export could not save ("unsupported"); skipped.</source>
        <translation>%1 属于 Telegram 导出无法保存的类型（“unsupported”），已跳过。</translation>
    </message>
    <message>
        <source>%1 has an unknown type "%2"; skipped.</source>
        <translation>%1 的类型“%2”未知，已跳过。</translation>
    </message>
    <message>
        <source>%1 has no sender (neither from nor from_id).</source>
        <translation>%1 没有发送者（既没有 from 也没有 from_id）。</translation>
    </message>
    <message>
        <source>%1: the %2 action lists no members.</source>
        <translation>%1：%2 操作没有列出任何成员。</translation>
    </message>
    <message>
        <source>%1: a member of the %2 action has no name (deleted account).</source>
        <translation>%1：%2 操作中有成员没有名字（已注销的账号）。</translation>
    </message>
    <message>
        <source>%1 is a service message without an action.</source>
        <translation>%1 是没有操作的服务消息。</translation>
    </message>
</context>
<context>
    <name>TelegramParser</name>
    <message>
        <source>The file is not UTF-8 but %1; Telegram Desktop writes its JSON export in UTF-8, so this is not an unmodified Telegram export.</source>
        <translation>该文件不是 UTF-8 而是 %1；Telegram Desktop 以 UTF-8 写入 JSON 导出，因此这不是未经修改的 Telegram 导出文件。</translation>
    </message>
    <message>
        <source>The file is HTML, not JSON: Telegram's "Human-readable HTML" export cannot be imported. Export the chat again and choose "Machine-readable JSON" as the format.</source>
        <translation>该文件是 HTML 而不是 JSON：无法导入 Telegram 的“Human-readable HTML”导出。请重新导出聊天，并选择“Machine-readable JSON”格式。</translation>
    </message>
    <message>
        <source>Reading the Telegram export failed at line %1: %2</source>
        <translation>读取 Telegram 导出文件时在第 %1 行失败：%2</translation>
    </message>
    <message>
        <source>The Telegram export is not valid JSON at line %1: %2.</source>
        <translation>Telegram 导出文件在第 %1 行不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON document at line %1 was ignored.</source>
        <translation>已忽略第 %1 行 JSON 文档结束后的多余数据。</translation>
    </message>
    <message>
        <source>The file is JSON but not a Telegram Desktop export: it has no "messages" list.</source>
        <translation>该文件是 JSON，但不是 Telegram Desktop 导出文件：其中没有“messages”列表。</translation>
    </message>
    <message numerus="yes">
        <source>The Telegram export holds no group or channel with messages (%n personal or bot chat(s) skipped).</source>
        <translation><numerusform>Telegram 导出文件中没有包含消息的群组或频道（跳过了 %n 个私聊或机器人聊天）。</numerusform></translation>
    </message>
    <message>
        <source>The Telegram export holds no message that could be read.</source>
        <translation>Telegram 导出文件中没有可读取的消息。</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>This file is encoded as %1, which this build of Qt cannot read. Re-save it as UTF-8 and import it again.</source>
        <translation>该文件的编码为 %1，当前 Qt 版本无法读取。请另存为 UTF-8 后重新导入。</translation>
    </message>
</context>
<context>
    <name>TextLineReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file could not be read to the end: %1</source>
        <translation>无法完整读取文件：%1</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Add group “%1”</source>
        <translation>添加群“%1”</translation>
    </message>
    <message>
        <source>Edit group “%1”</source>
        <translation>编辑群“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)</source>
        <translation><numerusform>删除 %n 个群</numerusform></translation>
    </message>
    <message>
        <source>Add product “%1”</source>
        <translation>添加商品“%1”</translation>
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation>编辑商品“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)</source>
        <translation><numerusform>删除 %n 个商品</numerusform></translation>
    </message>
    <message>
        <source>Add campaign “%1”</source>
        <translation>添加活动“%1”</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>编辑活动“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)</source>
        <translation><numerusform>删除 %n 个活动</numerusform></translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>添加订单</translation>
    </message>
    <message>
        <source>Edit order</source>
        <translation>编辑订单</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n order(s)</source>
        <translation><numerusform>删除 %n 个订单</numerusform></translation>
    </message>
    <message>
        <source>Add member “%1”</source>
        <translation>添加成员“%1”</translation>
    </message>
    <message>
        <source>Edit member “%1”</source>
        <translation>编辑成员“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s)</source>
        <translation><numerusform>删除 %n 名成员</numerusform></translation>
    </message>
</context>
<context>
    <name>WeChatCsvParser</name>
    <message>
        <source>Unrecognised WeChat system notice "%1"; it is kept as a system event.</source>
        <translation>无法识别的微信系统通知“%1”；已作为系统事件保留。</translation>
    </message>
    <message>
        <source>This row has %1 values where the header names %2; the extra values are ignored (reported once).</source>
        <translation>该行有 %1 个值，而表头只有 %2 列；多余的值已忽略（仅提示一次）。</translation>
    </message>
    <message>
        <source>This row has %1 values where the header names %2; it is skipped.</source>
        <translation>该行有 %1 个值，而表头有 %2 列；已跳过。</translation>
    </message>
    <message>
        <source>This row has only 9 values under the 12-column header (WeChatMsg before February 2024); such rows tell only whether you or the other person sent them.</source>
        <translation>该行在 12 列表头下只有 9 个值（2024 年 2 月之前的 WeChatMsg）；这类行只能说明是你还是对方发送的。</translation>
    </message>
    <message>
        <source>The message type "%1" is not a number; the row is skipped.</source>
        <translation>消息类型“%1”不是数字；已跳过该行。</translation>
    </message>
    <message>
        <source>Neither the time "%1" nor CreateTime "%2" can be read; the row is skipped.</source>
        <translation>时间“%1”和 CreateTime“%2”都无法读取；已跳过该行。</translation>
    </message>
    <message>
        <source>The time "%1" cannot be read; the UTC time from CreateTime is used as the wall-clock time.</source>
        <translation>无法读取时间“%1”；改用 CreateTime 的 UTC 时间作为本地时间。</translation>
    </message>
    <message>
        <source>Unknown WeChat message type %1 (subtype %2); such messages are imported as text.</source>
        <translation>未知的微信消息类型 %1（子类型 %2）；这类消息按文字导入。</translation>
    </message>
    <message>
        <source>The time "%1" cannot be read; the row is skipped.</source>
        <translation>无法读取时间“%1”；已跳过该行。</translation>
    </message>
    <message>
        <source>Unknown WeChat message type "%1"; such messages are imported as text.</source>
        <translation>未知的微信消息类型“%1”；这类消息按文字导入。</translation>
    </message>
    <message>
        <source>The content column is not the JSON object {"src", "msg"} that PyWxDump writes; its raw text is imported.</source>
        <translation>内容列不是 PyWxDump 写入的 JSON 对象 {"src", "msg"}；已导入其原始文字。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Line %1 is not the header of a WeChat CSV export (WeChatMsg, MemoTrace or PyWxDump): "%2".</source>
        <translation>第 %1 行不是微信 CSV 导出文件（WeChatMsg、MemoTrace 或 PyWxDump）的表头：“%2”。</translation>
    </message>
    <message>
        <source>%1 rows (the first on line %2) had only 9 values; their senders are known only as you or the other person.</source>
        <translation>有 %1 行（第一行在第 %2 行）只有 9 个值；只能知道发送者是你还是对方。</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1; they were replaced by replacement characters.</source>
        <translation>部分字节不符合 %1 编码，已用替换字符代替。</translation>
    </message>
    <message>
        <source>The WeChat CSV file has a header but no messages.</source>
        <translation>该微信 CSV 文件只有表头，没有消息。</translation>
    </message>
    <message>
        <source>No row of this WeChat CSV file could be read; the first bad row is on line %1.</source>
        <translation>该微信 CSV 文件没有任何可读取的行；第一个错误行在第 %1 行。</translation>
    </message>
</context>
<context>
    <name>WeChatTextClassifier</name>
    <message>
        <source>The system notice "%1" mentions a membership change or rename but its names could not be read; kept as a system record.</source>
        <translation>系统通知“%1”提到成员变动或改名，但无法读取其中的名字；已作为系统记录保留。</translation>
    </message>
</context>
<context>
    <name>WeChatTextParser</name>
    <message>
        <source>A timestamp with neither a name nor any text; the line is skipped.</source>
        <translation>时间戳后既没有名字也没有文字；已跳过该行。</translation>
    </message>
    <message>
        <source>Line ignored: text before the first message.</source>
        <translation>已忽略该行：第一条消息之前的文字。</translation>
    </message>
    <message>
        <source>The message header "%1" has an impossible date or time; the line is kept as message text.</source>
        <translation>消息头“%1”的日期或时间不可能存在；该行作为消息文字保留。</translation>
    </message>
    <message>
        <source>This is not a WeChat text export: no line of the form "2024-01-31 08:05:09 Name" or "Name 2024/01/31 8:05 AM" was found.</source>
        <translation>这不是微信文本导出文件：没有找到形如“2024-01-31 08:05:09 名字”或“名字 2024/01/31 8:05 AM”的行。</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid %1; they were replaced.</source>
        <translation>文件中有不符合 %1 编码的字节，已被替换。</translation>
    </message>
    <message>
        <source>No WeChat message was found in this file: it has no line of the form "2024-01-31 08:05:09 Name" or "Name 2024/01/31 8:05 AM".</source>
        <translation>此文件中没有找到微信消息：没有形如“2024-01-31 08:05:09 名字”或“名字 2024/01/31 8:05 AM”的行。</translation>
    </message>
</context>
<context>
    <name>WhatsAppChatReader</name>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>年/月/日</translation>
    </message>
    <message>
        <source>This is not a WhatsApp chat export: no line starts with a WhatsApp timestamp such as "12/31/23, 21:05 - " or "[31.12.23, 21:05:09] ".</source>
        <translation>这不是 WhatsApp 聊天导出文件：没有任何行以 WhatsApp 时间戳开头，例如“12/31/23, 21:05 - ”或“[31.12.23, 21:05:09] ”。</translation>
    </message>
    <message>
        <source>The timestamp "%1" is not a valid %2 date and time; the line was skipped.</source>
        <translation>时间戳“%1”不是有效的%2日期时间；已跳过该行。</translation>
    </message>
    <message>
        <source>The timestamp "%1" is not a valid %2 date and time; the line was kept as text of the message above.</source>
        <translation>时间戳“%1”不是有效的%2日期时间；该行作为上一条消息的文字保留。</translation>
    </message>
    <message>
        <source>Text before the first timestamped message was ignored: "%1"</source>
        <translation>已忽略第一条带时间戳消息之前的文字：“%1”</translation>
    </message>
    <message>
        <source>No line of this WhatsApp chat has a valid %1 date; choose another date order or check the file.</source>
        <translation>此 WhatsApp 聊天中没有任何行包含有效的%1日期；请选择其他日期顺序或检查文件。</translation>
    </message>
</context>
<context>
    <name>WhatsAppLineReader</name>
    <message>
        <source>The chat file could not be read: %1</source>
        <translation>无法读取聊天文件：%1</translation>
    </message>
</context>
<context>
    <name>WhatsAppParser</name>
    <message>
        <source>The dates in this chat (such as "%1") do not show whether the day or the month comes first; they were read as month/day/year. Choose the date order if that is wrong.</source>
        <translation>此聊天中的日期（例如“%1”）无法判断日和月哪个在前；已按 月/日/年 读取。如有错误，请选择日期顺序。</translation>
    </message>
    <message>
        <source>The dates in this chat (such as "%1") do not show whether the day or the month comes first; they were read as day/month/year. Choose the date order if that is wrong.</source>
        <translation>此聊天中的日期（例如“%1”）无法判断日和月哪个在前；已按 日/月/年 读取。如有错误，请选择日期顺序。</translation>
    </message>
</context>
<context>
    <name>WhatsAppSource</name>
    <message>
        <source>Could not create a temporary file to read the chat: %1</source>
        <translation>无法创建用于读取聊天的临时文件：%1</translation>
    </message>
    <message>
        <source>Could not write the temporary copy of the chat: %1</source>
        <translation>无法写入聊天的临时副本：%1</translation>
    </message>
    <message>
        <source>The zip archive could not be opened (error %1); it may be damaged or incomplete.</source>
        <translation>无法打开 zip 压缩包（错误 %1）；它可能已损坏或不完整。</translation>
    </message>
    <message>
        <source>The zip archive holds no chat text: expected _chat.txt or one .txt file.</source>
        <translation>zip 压缩包中没有聊天文字：应包含 _chat.txt 或一个 .txt 文件。</translation>
    </message>
    <message numerus="yes">
        <source>The zip archive holds %n text files but no _chat.txt; extract the chat file and import it directly.</source>
        <translation><numerusform>zip 压缩包中有 %n 个文本文件，但没有 _chat.txt；请解压出聊天文件后直接导入。</numerusform></translation>
    </message>
    <message>
        <source>The file %1 inside the zip archive could not be read (error %2).</source>
        <translation>无法读取 zip 压缩包中的文件 %1（错误 %2）。</translation>
    </message>
    <message>
        <source>The chat file could not be read a second time: %1</source>
        <translation>无法再次读取聊天文件：%1</translation>
    </message>
</context>
<context>
    <name>cohort::CampaignDialog</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>营收（元）</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>From participants</source>
        <translation>起始人数</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Enter a name for the campaign.</source>
        <translation>请输入活动名称。</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>活动的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Enter each tier’s unit price as an amount such as 85 or 85.50.</source>
        <translation>请以金额形式输入每个阶梯的单价，例如 85 或 85.50。</translation>
    </message>
    <message>
        <source>Two price tiers start at the same number of participants.</source>
        <translation>有两个价格阶梯的起始人数相同。</translation>
    </message>
</context>
<context>
    <name>cohort::CampaignPane</name>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>No campaigns yet — plan a flash sale, a tiered group-buy or a referral day with “Add…” above.</source>
        <translation>还没有活动——用上方的“添加…”策划一场秒杀、阶梯拼团或裂变日吧。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)?</source>
        <translation><numerusform>删除 %n 个活动？</numerusform></translation>
    </message>
</context>
<context>
    <name>cohort::ChartPanel</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save the numbers behind this chart as CSV</source>
        <translation>将此图表背后的数据保存为 CSV</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>cohort::DashboardPane</name>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard: %1</source>
        <translation>无法计算看板：%1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Click to see the members behind this number</source>
        <translation>点击查看这个数字背后的成员</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>按(&amp;B)：</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Nothing to chart yet.

Import a chat export (File ▸ Import…) or add groups, members and orders, and the dashboard fills in. Help ▸ Fill with Demo Data shows what it looks like.</source>
        <translation>暂时没有可绘制的数据。

导入聊天记录（文件 ▸ 导入…），或添加群、成员和订单，看板就会显示内容。“帮助 ▸ 填充演示数据”可以预览效果。</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>Active ratio</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买者</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>New by referral</source>
        <translation>推荐新增</translation>
    </message>
    <message>
        <source>Silent members</source>
        <translation>沉默成员</translation>
    </message>
    <message>
        <source>Messages and active members</source>
        <translation>消息与活跃成员</translation>
    </message>
    <message>
        <source>Joins and leaves</source>
        <translation>入群与退群</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Revenue by group and product role</source>
        <translation>按群和商品角色划分的营收</translation>
    </message>
    <message>
        <source>When members write (weekday × hour)</source>
        <translation>成员发言时间（星期 × 小时）</translation>
    </message>
    <message>
        <source>Repurchase cohorts (share buying again, by month of first purchase)</source>
        <translation>复购同期群（按首购月份统计再次购买的比例）</translation>
    </message>
    <message>
        <source>Top contributors</source>
        <translation>最活跃发言者</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>最佳推荐人</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>群组总览</translation>
    </message>
    <message>
        <source>Members of the scope at the end of the range → wrote in the range → bought → bought twice or more → referred someone. Click a bar for the list.</source>
        <translation>范围结束时的成员 → 期间发过言 → 购买过 → 购买两次及以上 → 推荐过他人。点击柱形查看名单。</translation>
    </message>
    <message>
        <source>Messages by weekday and hour in the workspace time zone: post when the colour is darkest. Click a cell for who writes then.</source>
        <translation>按工作区时区的星期和小时统计的消息数：颜色最深时发布效果最好。点击格子查看那时谁在发言。</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation><numerusform>%n 个群</numerusform></translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Share of previous step</source>
        <translation>占上一步比例</translation>
    </message>
    <message>
        <source>Share of members</source>
        <translation>占成员比例</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>New members brought</source>
        <translation>带来的新成员</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>+%1 mo</source>
        <translation>+%1 个月</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Activity %1 + growth %2 + conversion %3 + discipline %4

%5</source>
        <translation>活跃度 %1 + 增长 %2 + 转化 %3 + 纪律 %4

%5</translation>
    </message>
</context>
<context>
    <name>cohort::Database</name>
    <message>
        <source>“%1” is not a Cohort workspace.</source>
        <translation>“%1”不是 Cohort 工作区。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). It was left untouched.</source>
        <translation>“%1”已损坏（%2）。文件未被改动。</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Cohort workspace.</source>
        <translation>“%1”是数据库，但不是 Cohort 工作区。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Cohort (workspace format %2; this version reads up to %3). Update Cohort to open it.</source>
        <translation>“%1”由较新版本的 Cohort 写入（工作区格式 %2；此版本最多支持 %3）。请更新 Cohort 后再打开。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format and must be upgraded, which needs write access.</source>
        <translation>“%1”使用旧的工作区格式，需要升级，而升级需要写入权限。</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written: %2</source>
        <translation>无法写入副本“%1”：%2</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk reported an input/output error. Nothing was saved (%1).</source>
        <translation>磁盘报告输入/输出错误。未保存任何内容（%1）。</translation>
    </message>
    <message>
        <source>The workspace is read-only. Nothing was saved.</source>
        <translation>工作区是只读的。未保存任何内容。</translation>
    </message>
    <message>
        <source>The workspace is busy in another program. Try again in a moment.</source>
        <translation>工作区正被其他程序使用。请稍后重试。</translation>
    </message>
    <message>
        <source>The workspace is damaged (%1).</source>
        <translation>工作区已损坏（%1）。</translation>
    </message>
    <message>
        <source>This file is not a Cohort workspace.</source>
        <translation>此文件不是 Cohort 工作区。</translation>
    </message>
    <message>
        <source>The workspace could not be opened (%1).</source>
        <translation>无法打开工作区（%1）。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>该群已不存在。</translation>
    </message>
    <message>
        <source>Upgrading the workspace to format %1 failed: %2</source>
        <translation>将工作区升级到格式 %1 失败：%2</translation>
    </message>
    <message>
        <source>The workspace is open read-only. Nothing was saved.</source>
        <translation>工作区以只读方式打开。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>cohort::DrillDownDialog</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation><numerusform>%n 名成员</numerusform></translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>cohort::EntityPane</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>cohort::GroupDialog</name>
    <message>
        <source>Enter a name for the group.</source>
        <translation>请输入群名称。</translation>
    </message>
    <message>
        <source>Enter the entry fee as an amount such as 99 or 99.50.</source>
        <translation>请以金额形式输入入群费用，例如 99 或 99.50。</translation>
    </message>
    <message>
        <source>A paid entry needs a fee above zero.</source>
        <translation>付费入群的费用必须大于零。</translation>
    </message>
</context>
<context>
    <name>cohort::GroupPane</name>
    <message>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>新建群</translation>
    </message>
    <message>
        <source>Edit Group</source>
        <translation>编辑群</translation>
    </message>
    <message>
        <source>No groups yet — add one with “Add…” above, or fill the workspace with demo data from the Help menu.</source>
        <translation>还没有群——用上方的“添加…”新建一个，或从“帮助”菜单用演示数据填充工作区。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)? Their memberships and imported messages are deleted with them.</source>
        <translation><numerusform>删除 %n 个群？其成员关系和已导入的消息会一并删除。</numerusform></translation>
    </message>
</context>
<context>
    <name>cohort::HeatGridWidget</name>
    <message>
        <source>No data for this range</source>
        <translation>此范围内没有数据</translation>
    </message>
</context>
<context>
    <name>cohort::KpiCard</name>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>▲ new this period</source>
        <translation>▲ 本期新增</translation>
    </message>
    <message>
        <source>▲ %1% vs previous period</source>
        <translation>▲ 较上期 %1%</translation>
    </message>
    <message>
        <source>▼ %1% vs previous period</source>
        <translation>▼ 较上期 %1%</translation>
    </message>
</context>
<context>
    <name>cohort::MainWindow</name>
    <message>
        <source>Cohort workspaces (*.cohort);;All files (*)</source>
        <translation>Cohort 工作区 (*.cohort);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>工作区另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Cohort</source>
        <translation>关于 Cohort(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Could Not Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>“%1” is the workspace that is open now.</source>
        <translation>“%1”就是当前打开的工作区。</translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation>无法替换“%1”。</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>About Cohort</source>
        <translation>关于 Cohort</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation>Cohort %1</translation>
    </message>
    <message>
        <source>A workspace for operators of chat-group communities.</source>
        <translation>面向社群运营者的工作台。</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data…</source>
        <translation>填充演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Demo data can only fill an empty workspace. Create a new workspace with File › New Workspace… first.</source>
        <translation>演示数据只能填入空工作区。请先通过“文件 › 新建工作区…”创建新的工作区。</translation>
    </message>
    <message>
        <source>Fill this workspace with about 12 groups, 3,000 members, 40 products, 25 campaigns and 8,000 orders of made-up demo data?</source>
        <translation>要用虚构的演示数据（约 12 个群、3,000 名成员、40 个商品、25 个活动和 8,000 个订单）填充此工作区吗？</translation>
    </message>
</context>
<context>
    <name>cohort::MemberDialog</name>
    <message>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Still in the group</source>
        <translation>仍在群中</translation>
    </message>
    <message>
        <source>Enter the member’s name.</source>
        <translation>请输入成员的名字。</translation>
    </message>
    <message>
        <source>A member can be listed only once per group.</source>
        <translation>每名成员在每个群中只能列出一次。</translation>
    </message>
    <message>
        <source>A member cannot leave a group before joining it.</source>
        <translation>成员不能在入群之前退群。</translation>
    </message>
</context>
<context>
    <name>cohort::MemberPane</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>New Member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <source>No members yet — add one with “Add…” above, or import a chat export.</source>
        <translation>还没有成员——用上方的“添加…”新建一个，或导入聊天记录。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s)? Their memberships and identities are deleted with them; members with orders cannot be deleted.</source>
        <translation><numerusform>删除 %n 名成员？其成员关系和身份会一并删除；有订单的成员无法删除。</numerusform></translation>
    </message>
</context>
<context>
    <name>cohort::MemberPicker</name>
    <message>
        <source>Type a name, phone or WeChat ID</source>
        <translation>输入名字、手机号或微信号</translation>
    </message>
</context>
<context>
    <name>cohort::OrderDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose the member who ordered (type to search, then pick a name).</source>
        <translation>请选择下单的成员（输入以搜索，然后选择名字）。</translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation>请选择商品。</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>Enter the unit price as an amount such as 19.90.</source>
        <translation>请以金额形式输入单价，例如 19.90。</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>cohort::OrderPane</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Edit Order</source>
        <translation>编辑订单</translation>
    </message>
    <message>
        <source>No orders yet — add one with “Add…” above once you have members and products.</source>
        <translation>还没有订单——有了成员和商品后，用上方的“添加…”新建一个。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n order(s)?</source>
        <translation><numerusform>删除 %n 个订单？</numerusform></translation>
    </message>
</context>
<context>
    <name>cohort::PreferencesDialog</name>
    <message>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
</context>
<context>
    <name>cohort::ProductDialog</name>
    <message>
        <source>Enter a name for the product.</source>
        <translation>请输入商品名称。</translation>
    </message>
    <message>
        <source>Enter the price as an amount such as 19.90.</source>
        <translation>请以金额形式输入价格，例如 19.90。</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>Enter the cost as an amount such as 8.50, or leave it empty.</source>
        <translation>请以金额形式输入成本，例如 8.50，或留空。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>cohort::ProductPane</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <source>No products yet — add one with “Add…” above.</source>
        <translation>还没有商品——用上方的“添加…”新建一个。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n product(s)?</source>
        <translation><numerusform>删除 %n 个商品？</numerusform></translation>
    </message>
</context>
<context>
    <name>cohort::SqlPagedTableModel</name>
    <message>
        <source>, </source>
        <extracomment>Separator between items of a list in one table cell</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (weekly)</source>
        <translation>%1（每周）</translation>
    </message>
    <message>
        <source>%1 (monthly)</source>
        <translation>%1（每月）</translation>
    </message>
    <message>
        <source>%1 (daily)</source>
        <translation>%1（每天）</translation>
    </message>
    <message>
        <source>%1+: %2</source>
        <extracomment>Price tier: %1 = minimum number of buyers, %2 = unit price</extracomment>
        <translation>%1 人起：%2</translation>
    </message>
</context>
<context>
    <name>cohort::TablePane</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a new row</source>
        <translation>添加新的一行</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>编辑所选行（回车）</translation>
    </message>
    <message>
        <source>Delete the selected rows (Del)</source>
        <translation>删除所选行（Del）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the rows shown to a CSV file</source>
        <translation>将显示的行导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Fit Columns to Contents</source>
        <translation>按内容调整列宽</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace for chat-group community operators</source>
        <translation>面向社群运营者的工作台</translation>
    </message>
    <message>
        <source>Workspace file to open</source>
        <translation>要打开的工作区文件</translation>
    </message>
</context>
</TS>