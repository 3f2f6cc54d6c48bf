<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptSolitaireOrdersCommand</name>
    <message numerus="yes">
        <location filename="../src/models/commands/acceptsolitaireorderscommand.cpp" line="19"/>
        <source>Accept %n Order(s) from “%1”</source>
        <translation>
            <numerusform>从“%1”接收 %n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnouncementTemplate</name>
    <message>
        <location filename="../src/domain/announcementtemplate.cpp" line="26"/>
        <source>1 person: %1 each</source>
        <translation>1 人：每人 %1</translation>
    </message>
    <message>
        <location filename="../src/domain/announcementtemplate.cpp" line="27"/>
        <source>%1 people: %2 each</source>
        <translation>%1 人：每人 %2</translation>
    </message>
    <message>
        <location filename="../src/domain/announcementtemplate.cpp" line="30"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../src/storage/backupmanager.cpp" line="95"/>
        <source>The backup folder “%1” could not be created, so the workspace was not upgraded.</source>
        <translation>无法创建备份文件夹“%1”，因此未升级工作区。</translation>
    </message>
    <message>
        <location filename="../src/storage/backupmanager.cpp" line="105"/>
        <source>No backup could be made before upgrading the workspace from format %1, so it was not upgraded: %2</source>
        <translation>从格式 %1 升级工作区前无法创建备份，因此未升级：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/backupmanager.cpp" line="164"/>
        <source>The backup folder “%1” could not be created.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../src/storage/backupmanager.cpp" line="284"/>
        <source>The old backup “%1” could not be deleted.</source>
        <translation>无法删除旧备份“%1”。</translation>
    </message>
    <message>
        <location filename="../src/storage/backupmanager.cpp" line="304"/>
        <source>“%1” already exists; a backup is only restored into a new file.</source>
        <translation>“%1”已存在；备份只能恢复到新文件中。</translation>
    </message>
    <message>
        <location filename="../src/storage/backupmanager.cpp" line="309"/>
        <source>The backup “%1” cannot be restored: %2</source>
        <translation>无法恢复备份“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/backupmanager.cpp" line="318"/>
        <source>The backup could not be copied to “%1”: %2</source>
        <translation>无法将备份复制到“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/backupmanager.cpp" line="324"/>
        <source>The restored copy “%1” failed its check: %2</source>
        <translation>恢复的副本“%1”未通过检查：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/backupmanager.cpp" line="329"/>
        <source>The restored copy could not be renamed to “%1”.</source>
        <translation>无法将恢复的副本重命名为“%1”。</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="47"/>
        <source>Measure speed and peak memory (bench stats|import|report|scan ...)</source>
        <translation>测量速度和峰值内存（bench stats|import|report|scan ...）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="81"/>
        <source>Usage: cohort-cli bench stats --workspace W [--group NAME] [--runs N]</source>
        <translation>用法：cohort-cli bench stats --workspace W [--group 群名] [--runs N]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="83"/>
        <source>       cohort-cli bench import FILE [--format FORMAT] [--timezone IANA]</source>
        <translation>       cohort-cli bench import 文件 [--format 格式] [--timezone IANA时区]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="85"/>
        <source>       cohort-cli bench report --workspace W --week YYYY-Www [--lang en|zh_CN] [--runs N]</source>
        <translation>       cohort-cli bench report --workspace 工作区 --week YYYY-Www [--lang en|zh_CN] [--runs N]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="88"/>
        <source>       cohort-cli bench scan FILE [--format FORMAT] [--timezone IANA] [--keywords N]</source>
        <translation>       cohort-cli bench scan 文件 [--format 格式] [--timezone IANA时区] [--keywords N]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="97"/>
        <location filename="../src/app/cli/benchcommand.cpp" line="220"/>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="98"/>
        <location filename="../src/app/cli/benchcommand.cpp" line="221"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="100"/>
        <source>Group for the one-group timing (default: the largest).</source>
        <translation>单群计时所用的群（默认：最大的群）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="101"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="102"/>
        <location filename="../src/app/cli/benchcommand.cpp" line="226"/>
        <source>Repetitions (median is reported).</source>
        <translation>重复次数（报告中位数）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="103"/>
        <location filename="../src/app/cli/benchcommand.cpp" line="227"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="106"/>
        <source>Last day of the one-year range (default: the latest order or message).</source>
        <translation>一年区间的最后一天（默认：最近的订单或消息）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="106"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="186"/>
        <location filename="../src/app/cli/benchcommand.cpp" line="294"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="187"/>
        <source>Facts: %1 day-activity rows, %2 members, %3 memberships, %4 orders, %5 groups</source>
        <translation>数据：%1 行每日活跃、%2 名成员、%3 条群成员关系、%4 个订单、%5 个群</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="194"/>
        <source>Range: %1 to %2 (weekly series)</source>
        <translation>区间：%1 至 %2（按周）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="197"/>
        <source>Load facts from the workspace:    %1 ms (median of %2)</source>
        <translation>从工作区加载数据：    %1 毫秒（%2 次的中位数）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="201"/>
        <source>Full dashboard, all groups:       %1 ms</source>
        <translation>完整看板，全部群：       %1 毫秒</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="202"/>
        <source>Full dashboard, one group:        %1 ms</source>
        <translation>完整看板，单个群：       %1 毫秒</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="203"/>
        <source>After an order edit (re-read, recompute): %1 ms</source>
        <translation>修改一笔订单之后（重读、重算）：%1 毫秒</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="205"/>
        <source>After an import (re-read, recompute):     %1 ms</source>
        <translation>导入之后（重读、重算）：    %1 毫秒</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="206"/>
        <source>Messages in range: %1; orders in range: %2</source>
        <translation>区间内消息：%1；区间内订单：%2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="210"/>
        <location filename="../src/app/cli/benchcommand.cpp" line="317"/>
        <source>Peak RSS: %1 MiB</source>
        <translation>峰值常驻内存：%1 MiB</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="211"/>
        <location filename="../src/app/cli/benchcommand.cpp" line="318"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="222"/>
        <source>ISO week, e.g. 2026-W10.</source>
        <translation>ISO 周，例如 2026-W10。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="223"/>
        <source>YYYY-Www</source>
        <translation>YYYY-Www</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="224"/>
        <source>en or zh_CN.</source>
        <translation>en 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="224"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="229"/>
        <source>Keep the last PDF and HTML in this folder.</source>
        <translation>把最后生成的 PDF 和 HTML 保存在此文件夹。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="229"/>
        <source>dir</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="233"/>
        <source>--week is required.</source>
        <translation>必须指定 --week。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="240"/>
        <source>cohort-cli bench report: --week: “%1” is not an ISO week.</source>
        <translation>cohort-cli bench report：--week：“%1”不是 ISO 周。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="246"/>
        <source>cohort-cli bench report: needs a QGuiApplication (run through cohort-cli).</source>
        <translation>cohort-cli bench report：需要 QGuiApplication（请通过 cohort-cli 运行）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="295"/>
        <source>Facts: %1 day-activity rows, %2 members, %3 orders, %4 groups</source>
        <translation>数据：%1 行每日活跃汇总，%2 位成员，%3 笔订单，%4 个群</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="301"/>
        <source>Week %1, %2 groups in the report, %3 pages, PDF %4 KiB, HTML %5 KiB</source>
        <translation>第 %1 周，报告含 %2 个群，%3 页，PDF %4 KiB，HTML %5 KiB</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="308"/>
        <source>Load facts:         %1 ms (median of %2)</source>
        <translation>加载数据：         %1 毫秒（%2 次的中位数）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="312"/>
        <source>Build report:       %1 ms</source>
        <translation>生成报告：         %1 毫秒</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="313"/>
        <source>Render PDF:         %1 ms</source>
        <translation>渲染 PDF：         %1 毫秒</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="314"/>
        <source>Load+build+PDF:     %1 ms (target ≤ 2000 ms)</source>
        <translation>加载+生成+PDF：    %1 毫秒（目标 ≤ 2000 毫秒）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/benchcommand.cpp" line="316"/>
        <source>Render HTML:        %1 ms</source>
        <translation>渲染 HTML：        %1 毫秒</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../ui/campaigndialog.ui" line="6"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="12"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="15"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="16"/>
        <source>e.g. Thursday flash sale</source>
        <translation>例如：周四秒杀</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="17"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="19"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="105"/>
        <source>Sta&amp;rts:</source>
        <translation>开始(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="124"/>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="21"/>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="97"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="126"/>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="128"/>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="133"/>
        <source>Groups and products</source>
        <translation>群和商品</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="137"/>
        <source>Target &amp;groups:</source>
        <translation>目标群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="143"/>
        <source>&amp;Products:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="43"/>
        <source>The unit price falls as more people buy together (e.g. 2 people 90 each, 3 people 85).</source>
        <translation>一起购买的人越多，单价越低（例如 2 人每人 90，3 人每人 85）。</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="47"/>
        <source>&amp;Add Tier</source>
        <translation>添加阶梯(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="48"/>
        <source>R&amp;emove Tier</source>
        <translation>删除阶梯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="150"/>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="152"/>
        <source>Copy-ready &amp;announcement:</source>
        <translation>可直接复制的公告(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="153"/>
        <source>The text you post in the groups</source>
        <translation>要发到群里的文字</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="28"/>
        <source>Details of this type</source>
        <translation>本类型的设置</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="34"/>
        <source>Flash &amp;price:</source>
        <translation>秒杀价(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="35"/>
        <source>e.g. 19.90</source>
        <translation>例如：19.90</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="36"/>
        <source>&amp;Quantity limit:</source>
        <translation>限量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="38"/>
        <source>One product (Groups and products tab) at this price, for the length set on the Schedule tab.</source>
        <translation>一件商品（在“群和商品”页勾选）以此价格限时出售，时长在“日程”页设置。</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="56"/>
        <source>&amp;Pickup or delivery:</source>
        <translation>取货或配送(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="57"/>
        <source>e.g. pick up at the north gate on Saturday</source>
        <translation>例如：周六北门自提</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="58"/>
        <source>Members copy the list and add a numbered line; the list closes when the campaign ends.</source>
        <translation>成员复制接龙并在末尾加一行编号；活动结束时接龙截止。</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="63"/>
        <source>&amp;Reward for the recommender:</source>
        <translation>推荐人奖励(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="64"/>
        <source>rebate in yuan, e.g. 10</source>
        <translation>返利金额（元），例如 10</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="65"/>
        <source>&amp;Gift for the new member:</source>
        <translation>新成员礼品(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="66"/>
        <source>e.g. a sample pack</source>
        <translation>例如：试用装一份</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="71"/>
        <source>&amp;Total amount:</source>
        <translation>总金额(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="72"/>
        <source>e.g. 200</source>
        <translation>例如：200</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="73"/>
        <source>Number of &amp;packets:</source>
        <translation>红包个数(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="79"/>
        <source>To&amp;pic:</source>
        <translation>主题(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="81"/>
        <source>S&amp;peaker:</source>
        <translation>主讲人(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="87"/>
        <source>&amp;Days to check in:</source>
        <translation>打卡天数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="89"/>
        <source>&amp;Reward for finishing:</source>
        <translation>完成奖励(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="102"/>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="107"/>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="109"/>
        <source>Re&amp;peat:</source>
        <translation>重复(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="111"/>
        <source>On:</source>
        <translation>星期：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="113"/>
        <source>O&amp;n the:</source>
        <translation>日期(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/campaigndialog.ui" line="122"/>
        <source>R&amp;ule:</source>
        <translation>规则(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <location filename="../src/storage/campaignrepository.cpp" line="184"/>
        <source>A campaign needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <location filename="../src/storage/campaignrepository.cpp" line="186"/>
        <source>A campaign cannot end before it starts.</source>
        <translation>活动的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <location filename="../src/storage/campaignrepository.cpp" line="188"/>
        <source>The duration cannot be negative.</source>
        <translation>时长不能为负数。</translation>
    </message>
    <message>
        <location filename="../src/storage/campaignrepository.cpp" line="193"/>
        <source>A price tier needs at least one participant.</source>
        <translation>每个价格阶梯至少需要一名参与者。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/storage/campaignrepository.cpp" line="196"/>
        <source>Two price tiers start at %n participant(s).</source>
        <translation>
            <numerusform>有两个价格阶梯都从 %n 名参与者开始。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/storage/campaignrepository.cpp" line="198"/>
        <source>Every price tier needs a price.</source>
        <translation>每个价格阶梯都需要价格。</translation>
    </message>
    <message>
        <location filename="../src/storage/campaignrepository.cpp" line="200"/>
        <source>All price tiers must use the same currency.</source>
        <translation>所有价格阶梯必须使用同一种货币。</translation>
    </message>
    <message>
        <location filename="../src/storage/campaignrepository.cpp" line="207"/>
        <source>A product is listed twice in the campaign.</source>
        <translation>活动中有商品重复列出。</translation>
    </message>
    <message>
        <location filename="../src/storage/campaignrepository.cpp" line="209"/>
        <source>A quantity limit cannot be negative.</source>
        <translation>限购数量不能为负数。</translation>
    </message>
    <message>
        <location filename="../src/storage/campaignrepository.cpp" line="213"/>
        <source>A group is listed twice in the campaign.</source>
        <translation>活动中有群重复列出。</translation>
    </message>
    <message>
        <location filename="../src/storage/campaignrepository.cpp" line="261"/>
        <source>The campaign no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="396"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="398"/>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="400"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="402"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="404"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>CampaignType</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="353"/>
        <source>Flash sale</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="355"/>
        <source>Gift pack, tiered group price</source>
        <translation>礼包阶梯拼团</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="357"/>
        <source>Solitaire group-buy</source>
        <translation>接龙团购</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="359"/>
        <source>Member referral day</source>
        <translation>会员裂变日</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="361"/>
        <source>Red-packet activation</source>
        <translation>红包激活</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="363"/>
        <source>Knowledge session</source>
        <translation>知识分享课</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="365"/>
        <source>Check-in challenge</source>
        <translation>打卡挑战</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <location filename="../src/import/chatlist.cpp" line="54"/>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <location filename="../src/import/chatlist.cpp" line="56"/>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../src/import/chatlist.cpp" line="58"/>
        <source>Personal chat</source>
        <translation>私聊</translation>
    </message>
    <message>
        <location filename="../src/import/chatlist.cpp" line="60"/>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../src/import/chatlist.cpp" line="62"/>
        <source>Saved messages</source>
        <translation>收藏的消息</translation>
    </message>
    <message>
        <location filename="../src/import/chatlist.cpp" line="63"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../src/import/chatlist.cpp" line="78"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="21"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="35"/>
        <source>Cohort %1 (Qt %2, SQLite %3). Licence: GPL-3.0-or-later.</source>
        <translation>Cohort %1（Qt %2，SQLite %3）。许可证：GPL-3.0-or-later。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="41"/>
        <source>Usage: cohort-cli &lt;command&gt; [options]</source>
        <translation>用法：cohort-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="43"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="48"/>
        <source>Options for every command:</source>
        <translation>所有命令通用的选项：</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="51"/>
        <source>print the details behind an error (e.g. every finding of a damaged workspace&apos;s check)</source>
        <translation>在错误之后输出其详细信息（例如损坏工作区检查发现的每一项问题）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="55"/>
        <source>Run “cohort-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation>运行“cohort-cli &lt;命令&gt; --help”查看该命令的选项。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="56"/>
        <source>Exit status: 0 success, 1 user error, 2 usage error.</source>
        <translation>退出状态：0 成功，1 用户错误，2 用法错误。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="87"/>
        <source>cohort-cli %1: %2</source>
        <translation>cohort-cli %1：%2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="91"/>
        <source>cohort-cli: unknown command “%1”.</source>
        <translation>cohort-cli：未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>CliWorkspace</name>
    <message>
        <location filename="../src/app/cli/cliworkspace.cpp" line="17"/>
        <source>cohort-cli: --workspace is required.</source>
        <translation>cohort-cli：必须指定 --workspace。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliworkspace.cpp" line="35"/>
        <source>Close it there first; this command changes it.</source>
        <translation>请先在那里关闭它；此命令会修改工作区。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliworkspace.cpp" line="71"/>
        <source>cohort-cli: no group named “%1” in this workspace.</source>
        <translation>cohort-cli：此工作区中没有名为“%1”的群。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliworkspace.cpp" line="82"/>
        <source>cohort-cli: %1 “%2” is not a date (use YYYY-MM-DD).</source>
        <translation>cohort-cli：%1“%2”不是日期（请使用 YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>CommissionCalculator</name>
    <message>
        <location filename="../src/domain/commissioncalculator.cpp" line="42"/>
        <source>Choose the member who is the partner.</source>
        <translation>请选择作为合伙人的成员。</translation>
    </message>
    <message>
        <location filename="../src/domain/commissioncalculator.cpp" line="44"/>
        <source>Commission rates must be between 0 % and 100 %.</source>
        <translation>佣金比例必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../src/domain/commissioncalculator.cpp" line="46"/>
        <source>A partner cannot be their own recruiter.</source>
        <translation>合伙人不能是自己的推荐人。</translation>
    </message>
    <message>
        <location filename="../src/domain/commissioncalculator.cpp" line="48"/>
        <source>The recruiter must be a partner.</source>
        <translation>推荐人必须是合伙人。</translation>
    </message>
    <message>
        <location filename="../src/domain/commissioncalculator.cpp" line="50"/>
        <source>A recruiter rate needs a recruiter.</source>
        <translation>设置推荐人佣金比例时必须指定推荐人。</translation>
    </message>
    <message>
        <location filename="../src/domain/commissioncalculator.cpp" line="52"/>
        <source>The partner&apos;s and the recruiter&apos;s rates together exceed 100 %.</source>
        <translation>合伙人和推荐人的佣金比例之和超过了 100%。</translation>
    </message>
</context>
<context>
    <name>CopyWorkspaceCommand</name>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="36"/>
        <source>Copy a local workspace onto an empty team server database</source>
        <translation>将本地工作区复制到团队服务器上的空数据库</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="37"/>
        <source>Copy a team workspace into a new local workspace file</source>
        <translation>将团队工作区复制为新的本地工作区文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="46"/>
        <source>Local workspace file.</source>
        <translation>本地工作区文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="47"/>
        <source>Team workspace (postgresql://…).</source>
        <translation>团队工作区（postgresql://…）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="48"/>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="52"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="48"/>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="52"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="50"/>
        <source>Empty database on the team server (postgresql://…).</source>
        <translation>团队服务器上的空数据库（postgresql://…）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="51"/>
        <source>New local workspace file.</source>
        <translation>新的本地工作区文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="54"/>
        <source>Show the options.</source>
        <translation>显示选项。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="72"/>
        <source>Usage: cohort-cli publish --from W.cohort --to postgresql://user@host/database</source>
        <translation>用法：cohort-cli publish --from W.cohort --to postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="74"/>
        <source>Usage: cohort-cli export-local --from postgresql://user@host/database --to W.cohort</source>
        <translation>用法：cohort-cli export-local --from postgresql://用户@主机/数据库 --to W.cohort</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="81"/>
        <source>already exists; export into a new file.</source>
        <translation>已存在；请导出到一个新文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="106"/>
        <source>Copying: %1% (%2 of %3 rows)</source>
        <translation>正在复制：%1%（%3 行中的 %2 行）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/copyworkspacecommand.cpp" line="123"/>
        <source>Copied %1 rows into %2 in %3 s.</source>
        <translation>已将 %1 行复制到 %2，用时 %3 秒。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../src/import/csvreader.cpp" line="50"/>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../src/import/csvreader.cpp" line="87"/>
        <source>The file could not be read after line %1: %2</source>
        <translation>第 %1 行之后无法读取文件：%2</translation>
    </message>
    <message>
        <location filename="../src/import/csvreader.cpp" line="186"/>
        <source>Line %1: a quoted field is never closed (the file ends inside quotes).</source>
        <translation>第 %1 行：带引号的字段没有闭合（文件在引号内结束）。</translation>
    </message>
    <message>
        <location filename="../src/import/csvreader.cpp" line="203"/>
        <source>Line %1: the row is longer than %2 characters; a quoted field is probably never closed.</source>
        <translation>第 %1 行：该行超过 %2 个字符，可能有带引号的字段没有闭合。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="133"/>
        <source>Week of %1</source>
        <translation>%1 起的一周</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="135"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="143"/>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="231"/>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="255"/>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="284"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="145"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="147"/>
        <source>Active buyers</source>
        <translation>活跃购买者</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="149"/>
        <source>Active repeat buyers</source>
        <translation>活跃复购者</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="151"/>
        <source>Referring repeat buyers</source>
        <translation>带来新人的复购者</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="197"/>
        <source>%1: %2 messages, %3 active members</source>
        <translation>%1：%2 条消息，%3 名活跃成员</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="238"/>
        <source>%1: %n join(s)</source>
        <translation>
            <numerusform>%1：%n 人入群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="243"/>
        <source>%1: %n leave(s)</source>
        <translation>
            <numerusform>%1：%n 人退群</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="267"/>
        <source>%1% of the step before</source>
        <translation>上一步的 %1%</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="292"/>
        <source>%1: %2 (%3% of the step before, %4% of members)</source>
        <translation>%1：%2（上一步的 %3%，成员的 %4%）</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="333"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="383"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="159"/>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="177"/>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="355"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="161"/>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="178"/>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="210"/>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="211"/>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="342"/>
        <source>Revenue (%1)</source>
        <translation>营收（%1）</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardcharts.cpp" line="363"/>
        <source>New members brought</source>
        <translation>带来的新成员</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="30"/>
        <source>Workspace file (created when missing).</source>
        <translation>工作区文件（不存在时创建）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="30"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="32"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="22"/>
        <source>Fill an empty workspace with deterministic demo data</source>
        <translation>用可重现的演示数据填充空工作区</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="32"/>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同种子生成相同数据。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="36"/>
        <source>small (~3,000 members, ~8,000 orders) or large (200,000 members, 500,000 orders).</source>
        <translation>small（约 3,000 位成员、约 8,000 笔订单）或 large（200,000 位成员、500,000 笔订单）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="38"/>
        <source>scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="39"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="41"/>
        <source>Report each step with its time on stderr.</source>
        <translation>在标准错误输出中报告每个步骤及其用时。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="43"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="54"/>
        <source>cohort-cli demo: unexpected argument “%1”.</source>
        <translation>cohort-cli demo：多余的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="63"/>
        <source>cohort-cli demo: --seed “%1” is not a whole number from 0 to 4294967295.</source>
        <translation>cohort-cli demo：--seed“%1”不是 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="71"/>
        <source>cohort-cli demo: --scale must be small or large, not “%1”.</source>
        <translation>cohort-cli demo：--scale 必须是 small 或 large，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="123"/>
        <source>Demo data written to %1 in %2 s:</source>
        <translation>演示数据已写入 %1，用时 %2 秒：</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="127"/>
        <source>  %1 groups, %2 members (%3 memberships), %4 products, %5 campaigns</source>
        <translation>  %1 个群，%2 位成员（%3 条群成员关系），%4 个商品，%5 个活动</translation>
    </message>
    <message>
        <location filename="../src/app/cli/democommand.cpp" line="134"/>
        <source>  %1 orders, %2 messages, %3 membership events, %4 rule violations</source>
        <translation>  %1 笔订单，%2 条消息，%3 条入群/退群事件，%4 条违规记录</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="81"/>
        <location filename="../src/demo/demogenerator.cpp" line="242"/>
        <source>Demo data generation was cancelled; nothing was saved.</source>
        <translation>演示数据生成已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="103"/>
        <source>The workspace already holds data. Demo data goes into an empty workspace.</source>
        <translation>工作区中已有数据。演示数据只能填入空工作区。</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="171"/>
        <source>Creating groups and products</source>
        <translation>正在创建群和商品</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="173"/>
        <source>Inventing members</source>
        <translation>正在生成成员</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="177"/>
        <source>Planning campaigns</source>
        <translation>正在安排活动</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="179"/>
        <source>Writing conversations</source>
        <translation>正在编写聊天记录</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="182"/>
        <source>Writing orders</source>
        <translation>正在生成订单</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="185"/>
        <location filename="../src/demo/demogenerator.cpp" line="505"/>
        <source>Saving members</source>
        <translation>正在保存成员</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="187"/>
        <location filename="../src/demo/demogenerator.cpp" line="657"/>
        <source>Saving messages</source>
        <translation>正在保存消息</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="189"/>
        <location filename="../src/demo/demogenerator.cpp" line="700"/>
        <source>Saving orders</source>
        <translation>正在保存订单</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="191"/>
        <source>Indexing</source>
        <translation>建立索引</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="206"/>
        <source>Crediting rebates and commissions</source>
        <translation>正在记入返利和佣金</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="209"/>
        <source>Checking the group rules</source>
        <translation>正在检查群规</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="211"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../src/demo/demogenerator.cpp" line="227"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../src/demo/demoledger.cpp" line="27"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../src/demo/demoledger.cpp" line="28"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
</context>
<context>
    <name>DiscordJsonHandler</name>
    <message>
        <location filename="../src/import/discord/discordjsonhandler.cpp" line="155"/>
        <source>The file is not a DiscordChatExporter JSON export: it is a single JSON value, not an object.</source>
        <translation>该文件不是 DiscordChatExporter 导出的 JSON：它只是单个 JSON 值，而不是对象。</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordjsonhandler.cpp" line="233"/>
        <source>The file is not a DiscordChatExporter JSON export: its top level is a list, not an object.</source>
        <translation>该文件不是 DiscordChatExporter 导出的 JSON：其顶层是列表，而不是对象。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/import/discord/discordjsonhandler.cpp" line="322"/>
        <source>Skipped %n duplicate message(s) whose id appeared earlier in the file.</source>
        <translation>
            <numerusform>跳过了 %n 条重复消息（其 ID 在文件前面已出现）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordjsonhandler.cpp" line="330"/>
        <source>A message without id</source>
        <translation>一条没有 ID 的消息</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordjsonhandler.cpp" line="331"/>
        <source>Message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordjsonhandler.cpp" line="375"/>
        <source>A message has no id; it was read but cannot be told apart from a re-import.</source>
        <translation>有一条消息没有 ID；已读取，但重新导入时无法区分。</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordjsonhandler.cpp" line="382"/>
        <source>%1 has an invalid timestamp &quot;%2&quot; and was skipped.</source>
        <translation>%1 的时间戳“%2”无效，已跳过。</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordjsonhandler.cpp" line="392"/>
        <source>%1 has no author id.</source>
        <translation>%1 没有作者 ID。</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordjsonhandler.cpp" line="435"/>
        <source>%1 adds a recipient but mentions nobody; kept as a system message.</source>
        <translation>%1 添加了接收者但没有提到任何人；已作为系统消息保留。</translation>
    </message>
</context>
<context>
    <name>DiscordParser</name>
    <message>
        <location filename="../src/import/discord/discordparser.cpp" line="48"/>
        <source>The file is not UTF-8 but %1; DiscordChatExporter writes JSON in UTF-8, so this is not an unmodified Discord export.</source>
        <translation>该文件不是 UTF-8 而是 %1；DiscordChatExporter 以 UTF-8 写入 JSON，因此这不是未经修改的 Discord 导出文件。</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordparser.cpp" line="71"/>
        <source>Reading the Discord export failed at line %1: %2</source>
        <translation>读取 Discord 导出文件时在第 %1 行失败：%2</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordparser.cpp" line="76"/>
        <source>The Discord export is not valid JSON at line %1: %2.</source>
        <translation>Discord 导出文件在第 %1 行不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordparser.cpp" line="85"/>
        <source>Unexpected data after the end of the JSON document at line %1 was ignored.</source>
        <translation>已忽略第 %1 行 JSON 文档结束后的多余数据。</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordparser.cpp" line="91"/>
        <source>The file is JSON but not a DiscordChatExporter export: it has no &quot;messages&quot; list.</source>
        <translation>该文件是 JSON，但不是 DiscordChatExporter 导出文件：其中没有“messages”列表。</translation>
    </message>
    <message>
        <location filename="../src/import/discord/discordparser.cpp" line="95"/>
        <source>The Discord export holds no message that could be read.</source>
        <translation>Discord 导出文件中没有可读取的消息。</translation>
    </message>
</context>
<context>
    <name>DismissViolationsCommand</name>
    <message numerus="yes">
        <location filename="../src/models/commands/dismissviolationscommand.cpp" line="17"/>
        <source>Dismiss %n Violation(s)</source>
        <translation>
            <numerusform>忽略 %n 条违规</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/dismissviolationscommand.cpp" line="19"/>
        <source>Restore %n Violation(s)</source>
        <translation>
            <numerusform>恢复 %n 条违规</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <location filename="../src/models/commands/editguard.cpp" line="25"/>
        <source>“%1” no longer exists: it was deleted in the meantime.</source>
        <translation>“%1”已不存在：在此期间它已被删除。</translation>
    </message>
    <message>
        <location filename="../src/models/commands/editguard.cpp" line="28"/>
        <source>Reload to see it as it is now, then make your change again.</source>
        <translation>请重新载入，查看它现在的样子，然后重新修改。</translation>
    </message>
    <message>
        <location filename="../src/models/commands/editguard.cpp" line="32"/>
        <source>Your change to “%1” was not saved: it was changed in the meantime.</source>
        <translation>对“%1”的修改没有保存：在此期间它已被修改。</translation>
    </message>
    <message>
        <location filename="../src/models/commands/editguard.cpp" line="40"/>
        <source>Your change to “%1” was not saved: it was changed at %2 in the meantime.</source>
        <translation>对“%1”的修改没有保存：在此期间它已于 %2 被修改。</translation>
    </message>
    <message>
        <location filename="../src/models/commands/editguard.cpp" line="43"/>
        <source>Your change to “%1” was not saved: %2 changed it at %3 in the meantime.</source>
        <translation>对“%1”的修改没有保存：在此期间 %2 已于 %3 修改了它。</translation>
    </message>
</context>
<context>
    <name>EngineCheck</name>
    <message>
        <location filename="../src/storage/enginecheck.cpp" line="23"/>
        <source>the SQLite Cohort was built with (%1) inside Qt&apos;s SQL driver, not a copy of its own</source>
        <translation>Qt 的 SQL 驱动使用 Cohort 构建时所用的 SQLite（%1），而不是驱动自带的副本</translation>
    </message>
    <message>
        <location filename="../src/storage/enginecheck.cpp" line="27"/>
        <source>SQLite 3.35 or later</source>
        <translation>SQLite 3.35 或更高版本</translation>
    </message>
    <message>
        <location filename="../src/storage/enginecheck.cpp" line="31"/>
        <source>JSON functions</source>
        <translation>JSON 函数</translation>
    </message>
    <message>
        <location filename="../src/storage/enginecheck.cpp" line="34"/>
        <source>MATERIALIZED common table expressions</source>
        <translation>MATERIALIZED 公用表表达式</translation>
    </message>
    <message>
        <location filename="../src/storage/enginecheck.cpp" line="36"/>
        <source>FTS5 full-text search with the trigram tokenizer</source>
        <translation>带三元分词器的 FTS5 全文搜索</translation>
    </message>
    <message>
        <location filename="../src/storage/enginecheck.cpp" line="77"/>
        <source>The SQLite %1 inside this Qt&apos;s SQL driver lacks what Cohort needs: %2. Install Cohort with the Qt it was built for, or a Qt whose SQLite is 3.35 or later with JSON and FTS5.</source>
        <extracomment>%1 = version of the SQLite library, %2 = list of missing features</extracomment>
        <translation>此 Qt 的 SQL 驱动内置的 SQLite %1 缺少 Cohort 所需的功能：%2。请使用构建 Cohort 时所用的 Qt 安装 Cohort，或换用内置 SQLite 3.35 或更高版本（含 JSON 与 FTS5）的 Qt。</translation>
    </message>
    <message>
        <location filename="../src/storage/enginecheck.cpp" line="80"/>
        <source>(unknown version)</source>
        <translation>（版本未知）</translation>
    </message>
    <message>
        <location filename="../src/storage/enginecheck.cpp" line="81"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>EntryThreshold</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="175"/>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="177"/>
        <source>Paid entry</source>
        <translation>付费入群</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="179"/>
        <source>Referral only</source>
        <translation>仅限推荐</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="181"/>
        <source>Task to complete</source>
        <translation>完成任务</translation>
    </message>
</context>
<context>
    <name>FormatRegistry</name>
    <message>
        <location filename="../src/import/formatregistry.cpp" line="39"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../src/import/formatregistry.cpp" line="77"/>
        <source>Unknown format “%1” (use auto, %2).</source>
        <translation>未知格式“%1”（可用 auto、%2）。</translation>
    </message>
    <message>
        <location filename="../src/import/formatregistry.cpp" line="83"/>
        <source>%1 is not a chat export Cohort can read (WhatsApp .txt/.zip, Telegram result.json, WeChat CSV/TXT, QQ .txt, Discord JSON).</source>
        <translation>%1 不是 Cohort 能读取的聊天导出文件（WhatsApp .txt/.zip、Telegram result.json、微信 CSV/TXT、QQ .txt、Discord JSON）。</translation>
    </message>
</context>
<context>
    <name>GoalKpi</name>
    <message>
        <location filename="../src/domain/goalkpi.cpp" line="76"/>
        <source>Active ratio</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <location filename="../src/domain/goalkpi.cpp" line="78"/>
        <source>Messages per active member</source>
        <translation>人均发言数</translation>
    </message>
    <message>
        <location filename="../src/domain/goalkpi.cpp" line="80"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../src/domain/goalkpi.cpp" line="82"/>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../src/domain/goalkpi.cpp" line="84"/>
        <source>Joins</source>
        <translation>入群人数</translation>
    </message>
    <message>
        <location filename="../src/domain/goalkpi.cpp" line="86"/>
        <source>Referral share</source>
        <translation>推荐占比</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>e.g. Parent-child reading club 1</source>
        <translation>例如：亲子阅读会 1 群</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Main business:</source>
        <translation>主营业务(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>What you sell here</source>
        <translation>你在这里卖什么</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Capacity:</source>
        <translation>人数上限(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Customer portrait</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Age range:</source>
        <translation>年龄段(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>e.g. 28-40</source>
        <translation>例如：28-40</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Gender mix:</source>
        <translation>性别构成(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>e.g. 80% female</source>
        <translation>例如：80% 女性</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>N&amp;eeds:</source>
        <translation>需求(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Pains:</source>
        <translation>痛点(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Goals and entry</source>
        <translation>目标与入群</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Knowledge sharing</source>
        <translation>知识分享</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Q&amp;&amp;A / after-sales care</source>
        <translation>答疑 / 售后福利</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Traffic pool / service exchange</source>
        <translation>引流 / 服务转化</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Product sales</source>
        <translation>产品销售</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Pro&amp;motion policy:</source>
        <translation>推广政策(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Approved p&amp;romoters:</source>
        <translation>获准推广者(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Comma-separated names</source>
        <translation>用逗号分隔的名字</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Entry threshold:</source>
        <translation>入群门槛(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Entry &amp;fee:</source>
        <translation>入群费用(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Group &amp;rules:</source>
        <translation>群规(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>The written rules members agree to</source>
        <translation>成员同意遵守的书面群规</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Checked automatically</source>
        <translation>自动检查</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>No links</source>
        <translation>禁止发链接</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>No mini-program cards</source>
        <translation>禁止发小程序卡片</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>No ads</source>
        <translation>禁止发广告</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>No soliciting members privately</source>
        <translation>禁止私下拉人</translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>No flooding</source>
        <translation>禁止刷屏</translation>
    </message>
</context>
<context>
    <name>GroupGoal</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="113"/>
        <source>Knowledge sharing</source>
        <translation>知识分享</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="115"/>
        <source>Q&amp;A / after-sales care</source>
        <translation>答疑 / 售后福利</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="117"/>
        <source>Traffic pool / service exchange</source>
        <translation>引流 / 服务转化</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="119"/>
        <source>Product sales</source>
        <translation>产品销售</translation>
    </message>
</context>
<context>
    <name>GroupOverlapProbe</name>
    <message>
        <location filename="../src/import/groupoverlapprobe.cpp" line="56"/>
        <source>%1 of the first %2 messages of this file are already in the group “%3”: it is the same chat, so the file goes into that group.</source>
        <translation>此文件前 %2 条消息中有 %1 条已在群组“%3”中：这是同一个聊天，因此文件导入该群组。</translation>
    </message>
</context>
<context>
    <name>GroupScanner</name>
    <message>
        <location filename="../src/rules/groupscanner.cpp" line="71"/>
        <source>There is no group #%1.</source>
        <translation>没有编号为 %1 的群。</translation>
    </message>
</context>
<context>
    <name>GroupStatus</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="78"/>
        <source>Planning</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="80"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="82"/>
        <source>Dormant</source>
        <translation>沉寂</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="84"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>HealthScoreFormula</name>
    <message>
        <location filename="../src/analytics/healthscore.cpp" line="36"/>
        <source>Health (0–100) = activity (up to 40: 40 × (1 − e^(−a ÷ 20%)), a = share of members who write in a week) + growth (up to 20: net joins per 30 days ÷ members, from −5% = 0 to +5% = 20) + conversion (up to 30: 30 × (1 − e^(−b ÷ 20%)), b = share of members who buy in 30 days) + discipline (up to 10: falls to 0 at 5 rule violations per 100 members in 30 days). Members are those of the group during the range.</source>
        <translation>健康度（0–100）= 活跃（最多 40 分：40 × (1 − e^(−a ÷ 20%))，a = 一周内发言的成员占比）+ 增长（最多 20 分：每 30 天净入群人数 ÷ 成员数，−5% 为 0 分，+5% 为 20 分）+ 转化（最多 30 分：30 × (1 − e^(−b ÷ 20%))，b = 30 天内购买的成员占比）+ 纪律（最多 10 分：每 30 天每 100 名成员违规 5 次时降为 0）。成员指该时间范围内在群里的成员。</translation>
    </message>
</context>
<context>
    <name>ImportBench</name>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="49"/>
        <source>Force a format.</source>
        <translation>指定格式。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="49"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="52"/>
        <source>IANA zone of wall-clock times.</source>
        <translation>聊天时间所用的 IANA 时区。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="52"/>
        <source>zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="57"/>
        <source>Usage: cohort-cli bench import FILE [--format FORMAT] [--timezone IANA]</source>
        <translation>用法：cohort-cli bench import 文件 [--format 格式] [--timezone IANA时区]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="64"/>
        <source>cohort-cli: cannot create a temporary folder: %1</source>
        <translation>cohort-cli：无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="96"/>
        <source>File: %1 (%2, %3 MB)</source>
        <translation>文件：%1（%2，%3 MB）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="97"/>
        <source>Messages: %1 (%2 system events, %3 authors)</source>
        <translation>消息：%1（%2 条系统事件，%3 位发言者）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="102"/>
        <source>Total: %1 s (checksum, parse, identities, dedup, insert, indexes, roll-ups, commit)</source>
        <translation>总计：%1 秒（校验和、解析、身份匹配、去重、写入、索引、汇总、提交）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="106"/>
        <source>Steps: %1</source>
        <translation>各步骤：%1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="107"/>
        <source>Checksum: SHA-256 by %1</source>
        <translation>校验和：SHA-256（%1）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="109"/>
        <source>CPU time: %1</source>
        <translation>CPU 时间：%1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="109"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="111"/>
        <source>Throughput: %1 messages/s</source>
        <translation>吞吐量：每秒 %1 条消息</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="114"/>
        <source>Peak RSS: %1</source>
        <translation>内存峰值：%1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="109"/>
        <location filename="../src/app/cli/importbench.cpp" line="115"/>
        <source>n/a</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="40"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 秒</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importbench.cpp" line="115"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="36"/>
        <source>Import chat exports (WhatsApp, Telegram, WeChat, QQ, Discord)</source>
        <translation>导入聊天导出文件（WhatsApp、Telegram、微信、QQ、Discord）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="67"/>
        <source>Workspace file (created when missing).</source>
        <translation>工作区文件（不存在时自动创建）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="67"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="70"/>
        <source>Target group (created when missing); default: the chat&apos;s name.</source>
        <translation>目标群组（不存在时自动创建）；默认使用聊天名称。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="70"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="72"/>
        <source>auto, whatsapp, telegram, wechat, qq or discord.</source>
        <translation>auto、whatsapp、telegram、wechat、qq 或 discord。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="73"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="75"/>
        <source>IANA zone of wall-clock times (default: the workspace&apos;s).</source>
        <translation>聊天时间所用的 IANA 时区（默认为工作区时区）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="76"/>
        <source>zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="78"/>
        <source>Date order of ambiguous dates: dmy, mdy or ymd.</source>
        <translation>有歧义日期的顺序：dmy、mdy 或 ymd。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="79"/>
        <source>order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="82"/>
        <source>Chats of a full-account export: groups (groups and channels, the default), all, or chat ids separated by commas.</source>
        <translation>完整账号导出中的聊天：groups（群组和频道，默认）、all（全部），或以逗号分隔的聊天 ID。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="84"/>
        <source>which</source>
        <translation>哪些</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="87"/>
        <source>Largest chat text a zip may expand to, in MB (default: 40 times the archive, at least 64 MB and at most 1024 MB, or the import/maxUnzippedMB setting).</source>
        <translation>zip 压缩包内聊天文本解压后的最大大小（MB）（默认：压缩包大小的 40 倍，至少 64 MB，最多 1024 MB，或设置项 import/maxUnzippedMB 的值）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="89"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="91"/>
        <source>Print a JSON array, one object per file.</source>
        <translation>输出 JSON 数组，每个文件一个对象。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="94"/>
        <source>Bring the message search index up to date after the import (as `index` does).</source>
        <translation>导入后将消息搜索索引更新到最新（与 `index` 相同）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="96"/>
        <source>Show the options.</source>
        <translation>显示选项。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="99"/>
        <source>Chat exports to import.</source>
        <translation>要导入的聊天导出文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="112"/>
        <source>Usage: cohort-cli import --workspace W.cohort [--group NAME] [--format auto|whatsapp|telegram|wechat|qq|discord] [--timezone IANA] [--date-order dmy|mdy|ymd] [--chats groups|all|ID,ID...] [--max-unzipped-mb MB] [--json] [--index] FILE...</source>
        <translation>用法：cohort-cli import --workspace W.cohort [--group 名称] [--format auto|whatsapp|telegram|wechat|qq|discord] [--timezone IANA] [--date-order dmy|mdy|ymd] [--chats groups|all|ID,ID...] [--max-unzipped-mb MB] [--json] [--index] 文件...</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="132"/>
        <source>cohort-cli import: --date-order must be dmy, mdy or ymd.</source>
        <translation>cohort-cli import：--date-order 必须是 dmy、mdy 或 ymd。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="141"/>
        <source>cohort-cli import: --max-unzipped-mb must be a positive number of megabytes.</source>
        <translation>cohort-cli import：--max-unzipped-mb 必须是正的兆字节数。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="154"/>
        <source>cohort-cli import: --chats must be groups, all or chat ids separated by commas.</source>
        <translation>cohort-cli import：--chats 必须是 groups、all 或以逗号分隔的聊天 ID。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="186"/>
        <source>%1: %2 into “%3”: %4 messages (%5 already present), %6 system events, %7 authors, %8 new members, %9 joins, %10 leaves, %11 warnings; %12 to %13</source>
        <translation>%1：%2 导入“%3”：%4 条消息（%5 条已存在），%6 条系统事件，%7 位发言者，%8 位新成员，%9 次入群，%10 次退群，%11 条警告；%12 至 %13</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importcommand.cpp" line="204"/>
        <source>  %1 group-rule violations found (cohort-cli scan lists them)</source>
        <translation>  发现 %1 条违反群规的消息（cohort-cli scan 可列出）</translation>
    </message>
</context>
<context>
    <name>ImportFilesWizardPage</name>
    <message>
        <location filename="../ui/importfileswizardpage.ui" line="6"/>
        <source>Choose Chat Exports</source>
        <translation>选择聊天导出文件</translation>
    </message>
    <message>
        <location filename="../ui/importfileswizardpage.ui" line="9"/>
        <source>Add the files exported from WhatsApp, Telegram, WeChat, QQ or Discord. You can also drop them on the main window.</source>
        <translation>添加从 WhatsApp、Telegram、微信、QQ 或 Discord 导出的文件，也可以把文件拖放到主窗口上。</translation>
    </message>
    <message>
        <location filename="../ui/importfileswizardpage.ui" line="15"/>
        <source>&amp;Files to import:</source>
        <translation>要导入的文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/importfileswizardpage.ui" line="39"/>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/importfileswizardpage.ui" line="46"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/importfileswizardpage.ui" line="64"/>
        <source>Supported: WhatsApp .txt and .zip, Telegram result.json, WeChat .csv and .txt, QQ .txt, Discord .json. The format is recognised from the content.</source>
        <translation>支持：WhatsApp 的 .txt 和 .zip、Telegram 的 result.json、微信的 .csv 和 .txt、QQ 的 .txt、Discord 的 .json。格式根据文件内容识别。</translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <location filename="../src/import/importlimits.cpp" line="31"/>
        <source>%1 in the zip archive would expand to %2 MB, more than the %3 MB allowed for an archive of %4 MB (a zip bomb?): it was not read, and nothing was imported. If it really is a chat, raise the limit in Preferences (Largest unzipped chat), with cohort-cli import --max-unzipped-mb or the setting %5.</source>
        <translation>zip 压缩包中的 %1 解压后将达 %2 MB，超过了 %4 MB 压缩包允许的 %3 MB（可能是 zip 炸弹）：未读取该文件，也未导入任何内容。如果它确实是聊天记录，请在“偏好设置”（解压后聊天记录上限）中、用 cohort-cli import --max-unzipped-mb 或设置项 %5 提高上限。</translation>
    </message>
    <message>
        <location filename="../src/import/importlimits.cpp" line="41"/>
        <source>The JSON is nested more than %1 levels deep at line %2; no chat export is, so the file was not read further.</source>
        <translation>JSON 在第 %2 行嵌套超过 %1 层；聊天导出文件不会这样嵌套，因此未继续读取该文件。</translation>
    </message>
</context>
<context>
    <name>ImportOrdersCommand</name>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="38"/>
        <source>Import orders from a CSV file with a column mapping</source>
        <translation>按列映射从 CSV 文件导入订单</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="44"/>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="45"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="47"/>
        <source>Mapping profile saved in the workspace.</source>
        <translation>保存在工作区中的映射方案。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="47"/>
        <location filename="../src/app/cli/importorderscommand.cpp" line="55"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="49"/>
        <source>Column mapping: COLUMN=FIELD,... (fields: member, phone, wechat_id, sku, product, quantity, unit_price, total, ordered_at, status, group, notes).</source>
        <translation>列映射：列=字段,…（字段：member、phone、wechat_id、sku、product、quantity、unit_price、total、ordered_at、status、group、notes）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="52"/>
        <source>mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="54"/>
        <source>Also save the --map mapping as this profile.</source>
        <translation>同时把 --map 的映射保存为此方案。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="56"/>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="58"/>
        <source>Show the options.</source>
        <translation>显示选项。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="60"/>
        <source>Order CSV to import.</source>
        <translation>要导入的订单 CSV。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="74"/>
        <source>Usage: cohort-cli import-orders --workspace W.cohort (--profile NAME | --map COLUMN=FIELD,... [--save-profile NAME]) [--json] FILE</source>
        <translation>用法：cohort-cli import-orders --workspace W.cohort (--profile 名称 | --map 列=字段,… [--save-profile 名称]) [--json] 文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="103"/>
        <source>cohort-cli: no mapping profile named “%1” in this workspace.</source>
        <translation>cohort-cli：此工作区中没有名为“%1”的映射方案。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/cli/importorderscommand.cpp" line="122"/>
        <source>“%1” matches %n members; add a phone or WeChat ID column, or import in the app to choose.</source>
        <translation>
            <numerusform>“%1”对应 %n 位成员；请加上手机号或微信号列，或在应用中导入并选择。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/cli/importorderscommand.cpp" line="159"/>
        <source>(%n more error(s); nothing was imported)</source>
        <translation>
            <numerusform>（另有 %n 个错误；未导入任何内容）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/cli/importorderscommand.cpp" line="165"/>
        <source>%1: %2 orders imported, %3 new members, %4 already present (%5)</source>
        <translation>%1：已导入 %2 个订单，新增 %3 位成员，%4 个已存在（%5）</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <location filename="../src/import/importpipeline.cpp" line="431"/>
        <source>A membership event without a person was skipped.</source>
        <translation>已跳过一条缺少成员的入群/退群事件。</translation>
    </message>
    <message>
        <location filename="../src/import/importpipeline.cpp" line="546"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../src/import/importpipeline.cpp" line="603"/>
        <source>“%1” is not a time zone (use an IANA name such as Europe/Berlin).</source>
        <translation>“%1”不是时区（请使用 IANA 名称，例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../src/import/importpipeline.cpp" line="606"/>
        <source>The workspace time zone “%1” is unknown.</source>
        <translation>工作区时区“%1”无法识别。</translation>
    </message>
    <message>
        <location filename="../src/import/importpipeline.cpp" line="633"/>
        <source>%1 could not be imported: storing its records failed at or before line %2, and nothing of the file was kept (%3).</source>
        <translation>无法导入 %1：在第 %2 行或之前保存记录失败，该文件的内容均未保留（%3）。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewReader</name>
    <message>
        <location filename="../src/import/importpreview.cpp" line="95"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location filename="../src/import/importpreview.cpp" line="109"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewWizardPage</name>
    <message>
        <location filename="../ui/importpreviewwizardpage.ui" line="6"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/importpreviewwizardpage.ui" line="9"/>
        <source>Check that each file was recognised and reads as expected. Nothing has been imported yet.</source>
        <translation>请确认每个文件都已识别、内容读取无误。目前还没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/importpreviewwizardpage.ui" line="17"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/importpreviewwizardpage.ui" line="30"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/importpreviewwizardpage.ui" line="76"/>
        <source>First &amp;messages:</source>
        <translation>前几条消息(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/importpreviewwizardpage.ui" line="110"/>
        <source>&amp;People:</source>
        <translation>发言人(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ImportRunWizardPage</name>
    <message>
        <location filename="../ui/importrunwizardpage.ui" line="6"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../ui/importrunwizardpage.ui" line="9"/>
        <source>The workspace changes only when every file has been read. Cancel leaves it exactly as it was.</source>
        <translation>所有文件读取完毕后工作区才会改变。取消会让工作区保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/importrunwizardpage.ui" line="48"/>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <location filename="../src/storage/importstore.cpp" line="251"/>
        <source>There is no group with id %1.</source>
        <translation>不存在 ID 为 %1 的群组。</translation>
    </message>
</context>
<context>
    <name>ImportSummaryWizardPage</name>
    <message>
        <location filename="../ui/importsummarywizardpage.ui" line="6"/>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../ui/importsummarywizardpage.ui" line="9"/>
        <source>What each file added to the workspace, and what could not be read.</source>
        <translation>每个文件为工作区新增了什么，以及哪些内容无法读取。</translation>
    </message>
    <message>
        <location filename="../ui/importsummarywizardpage.ui" line="41"/>
        <source>&amp;Warnings and errors of the selected file:</source>
        <translation>所选文件的警告和错误(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/importsummarywizardpage.ui" line="70"/>
        <source>&amp;Show Messages of the Group</source>
        <translation>查看该群的消息(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ImportTargetWizardPage</name>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="6"/>
        <source>Where to Import</source>
        <translation>导入到哪里</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="9"/>
        <source>Choose the group each file goes to and how its times are read.</source>
        <translation>为每个文件选择目标群，并设置时间的读取方式。</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="17"/>
        <source>&amp;Time zone of the chat times:</source>
        <translation>聊天时间所用的时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="43"/>
        <source>&amp;Files:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="62"/>
        <source>Selected file</source>
        <translation>所选文件</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="71"/>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="84"/>
        <source>New group &amp;name:</source>
        <translation>新群名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="97"/>
        <source>&amp;Date order:</source>
        <translation>日期顺序(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="130"/>
        <source>Chats to import (each into its own group):</source>
        <translation>要导入的聊天（各自导入一个群组）：</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="144"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="149"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="154"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="159"/>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <location filename="../ui/importtargetwizardpage.ui" line="164"/>
        <source>Last</source>
        <translation>最晚</translation>
    </message>
</context>
<context>
    <name>IndexCommand</name>
    <message>
        <location filename="../src/app/cli/indexcommand.cpp" line="29"/>
        <source>Bring the search index of the messages up to date</source>
        <translation>将消息的搜索索引更新到最新</translation>
    </message>
    <message>
        <location filename="../src/app/cli/indexcommand.cpp" line="36"/>
        <source>This workspace&apos;s database searches messages without an index.</source>
        <translation>此工作区的数据库不使用索引搜索消息。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/indexcommand.cpp" line="52"/>
        <source>Indexing messages: %1% (%2 of %3)</source>
        <translation>正在为消息建立索引：%1%（%2 / %3）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/indexcommand.cpp" line="60"/>
        <source>cohort-cli: the search index was not brought up to date: %1</source>
        <translation>cohort-cli：搜索索引未能更新到最新：%1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/indexcommand.cpp" line="65"/>
        <source>Indexed %1 messages in %2 s; the search index is up to date.</source>
        <translation>已为 %1 条消息建立索引，用时 %2 秒；搜索索引已是最新。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/indexcommand.cpp" line="76"/>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/indexcommand.cpp" line="77"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/indexcommand.cpp" line="79"/>
        <source>Show the options.</source>
        <translation>显示选项。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/indexcommand.cpp" line="91"/>
        <source>Usage: cohort-cli index --workspace W.cohort</source>
        <translation>用法：cohort-cli index --workspace 工作区.cohort</translation>
    </message>
</context>
<context>
    <name>JsonInputStream</name>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="63"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="65"/>
        <source>the file ends in the middle of the JSON data (the export is truncated)</source>
        <translation>文件在 JSON 数据中途结束（导出文件不完整）</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="68"/>
        <source>unexpected data after the end of the JSON document</source>
        <translation>JSON 文档结束后有多余数据</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="70"/>
        <source>invalid JSON value</source>
        <translation>无效的 JSON 值</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="72"/>
        <source>an object member has no name</source>
        <translation>对象成员没有名称</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="74"/>
        <source>a &apos;:&apos; is missing after an object member name</source>
        <translation>对象成员名称后缺少“:”</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="76"/>
        <source>a &apos;,&apos; or &apos;}&apos; is missing after an object member</source>
        <translation>对象成员后缺少“,”或“}”</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="78"/>
        <source>a &apos;,&apos; or &apos;]&apos; is missing after an array element</source>
        <translation>数组元素后缺少“,”或“]”</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="82"/>
        <source>invalid escape sequence in a string</source>
        <translation>字符串中有无效的转义序列</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="84"/>
        <source>a string is not closed</source>
        <translation>字符串没有闭合</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="86"/>
        <source>invalid UTF-8 in a string</source>
        <translation>字符串中有无效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="90"/>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <location filename="../src/import/jsoninputstream.cpp" line="92"/>
        <source>malformed JSON</source>
        <translation>JSON 格式错误</translation>
    </message>
</context>
<context>
    <name>LedgerRulesCommand</name>
    <message>
        <location filename="../src/models/commands/ledgerrulescommand.cpp" line="33"/>
        <source>Change Rebate and Points Rules</source>
        <translation>修改返利和积分规则</translation>
    </message>
</context>
<context>
    <name>LedgerRulesDialog</name>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="9"/>
        <source>Rebate and Points Rules</source>
        <translation>返利和积分规则</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="15"/>
        <source>Referral rebate</source>
        <translation>推荐返利</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="20"/>
        <source>&amp;Rebate:</source>
        <translation>返利(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="29"/>
        <source>&amp;Amount per paid order:</source>
        <translation>每笔已付订单金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="44"/>
        <source>&amp;Share of the order total:</source>
        <translation>占订单总额比例(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="50"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="57"/>
        <source>Credited to the member who referred the buyer when an order is paid, and reversed when it is refunded. A campaign&apos;s own rule wins over this one.</source>
        <translation>订单付款时记给推荐买家的成员，退款时冲回。活动自己的规则优先于此规则。</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="67"/>
        <source>Campaign rebates</source>
        <translation>活动返利</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="71"/>
        <source>A campaign&apos;s own rebate replaces the one above for its orders.</source>
        <translation>活动自己的返利会替代上面的规则，用于该活动的订单。</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="80"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="81"/>
        <source>Rebate</source>
        <translation>返利</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="82"/>
        <source>Amount or %</source>
        <translation>金额或百分比</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="88"/>
        <source>Add &amp;Campaign Rebate</source>
        <translation>添加活动返利(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="89"/>
        <source>Remove Campaign Reba&amp;te</source>
        <translation>删除活动返利(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="97"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="101"/>
        <source>Points per active &amp;day:</source>
        <translation>每活跃一天积分(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="110"/>
        <source>Points per &amp;purchase unit:</source>
        <translation>每消费单位积分(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="118"/>
        <source>for every</source>
        <translation>每消费</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="126"/>
        <source>Points per &amp;referred member:</source>
        <translation>每推荐一位成员积分(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="138"/>
        <source>Membership tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="143"/>
        <source>&amp;Reached by:</source>
        <translation>达标依据(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="148"/>
        <source>Add &amp;Tier</source>
        <translation>添加等级(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="149"/>
        <source>Remo&amp;ve Tier</source>
        <translation>删除等级(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="156"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="157"/>
        <source>Minimum points</source>
        <translation>最低积分</translation>
    </message>
    <message>
        <location filename="../ui/ledgerrulesdialog.ui" line="158"/>
        <source>Minimum spend</source>
        <translation>最低消费</translation>
    </message>
</context>
<context>
    <name>LedgerSettingsRepository</name>
    <message>
        <location filename="../src/storage/ledgersettingsrepository.cpp" line="125"/>
        <source>Points rules cannot be negative.</source>
        <translation>积分规则不能为负数。</translation>
    </message>
</context>
<context>
    <name>ListCellFormatter</name>
    <message>
        <location filename="../src/models/listcellformatter.cpp" line="45"/>
        <location filename="../src/models/listcellformatter.cpp" line="122"/>
        <source>, </source>
        <extracomment>Separator between items of a list in one table cell</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/models/listcellformatter.cpp" line="69"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../src/models/listcellformatter.cpp" line="69"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../src/models/listcellformatter.cpp" line="92"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../src/models/listcellformatter.cpp" line="95"/>
        <source>%1 (weekly)</source>
        <translation>%1（每周）</translation>
    </message>
    <message>
        <location filename="../src/models/listcellformatter.cpp" line="97"/>
        <source>%1 (monthly)</source>
        <translation>%1（每月）</translation>
    </message>
    <message>
        <location filename="../src/models/listcellformatter.cpp" line="99"/>
        <source>%1 (daily)</source>
        <translation>%1（每天）</translation>
    </message>
    <message>
        <location filename="../src/models/listcellformatter.cpp" line="121"/>
        <source>%1+: %2</source>
        <extracomment>Price tier: %1 = minimum number of buyers, %2 = unit price</extracomment>
        <translation>%1 人起：%2</translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="59"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="61"/>
        <location filename="../src/storage/listspecs.cpp" line="98"/>
        <location filename="../src/storage/listspecs.cpp" line="203"/>
        <location filename="../src/storage/listspecs.cpp" line="256"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="63"/>
        <location filename="../src/storage/listspecs.cpp" line="260"/>
        <location filename="../src/storage/listspecs.cpp" line="342"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="65"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="69"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="71"/>
        <source>Main business</source>
        <translation>主营业务</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="74"/>
        <source>Entry threshold</source>
        <translation>入群门槛</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="76"/>
        <source>Capacity</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="107"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="113"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="124"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="129"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="132"/>
        <location filename="../src/storage/listspecs.cpp" line="262"/>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="144"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="148"/>
        <source>Last left</source>
        <translation>最近退出</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="151"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="153"/>
        <source>Total spent</source>
        <translation>消费总额</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="155"/>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="158"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="163"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="205"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="207"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="209"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="211"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="213"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="215"/>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="220"/>
        <source>Repurchase cycle (days)</source>
        <translation>复购周期（天）</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="222"/>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="241"/>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="258"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="267"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="274"/>
        <source>Price tiers</source>
        <translation>阶梯价格</translation>
    </message>
    <message>
        <location filename="../src/models/violationlistmodel.cpp" line="37"/>
        <location filename="../src/storage/listspecs.cpp" line="310"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/models/violationlistmodel.cpp" line="49"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/models/violationlistmodel.cpp" line="51"/>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../src/models/violationlistmodel.cpp" line="53"/>
        <source>Member ID</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <location filename="../src/models/violationlistmodel.cpp" line="55"/>
        <source>Message ID</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <location filename="../src/models/violationlistmodel.cpp" line="57"/>
        <source>Matched text</source>
        <translation>命中文本</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="318"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="327"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="329"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="331"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../src/models/violationlistmodel.cpp" line="45"/>
        <location filename="../src/storage/listspecs.cpp" line="333"/>
        <location filename="../src/storage/listspecs.cpp" line="388"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="335"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../src/models/violationlistmodel.cpp" line="43"/>
        <location filename="../src/storage/listspecs.cpp" line="338"/>
        <location filename="../src/storage/listspecs.cpp" line="386"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="340"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="371"/>
        <source>Author</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="392"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/storage/listspecs.cpp" line="377"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ListCsvExport</name>
    <message>
        <location filename="../src/models/listcsvexport.cpp" line="57"/>
        <location filename="../src/models/listcsvexport.cpp" line="84"/>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/models/listcsvexport.cpp" line="66"/>
        <source>“%1” was not written: not every row could be read. %2</source>
        <translation>未写入“%1”：并非所有行都能读取。%2</translation>
    </message>
    <message>
        <location filename="../src/models/listcsvexport.cpp" line="100"/>
        <source>%1 of %2 rows</source>
        <extracomment>Progress of a CSV export: %1 rows written of %2</extracomment>
        <translation>%1 / %2 行</translation>
    </message>
</context>
<context>
    <name>MarkPaidCommand</name>
    <message numerus="yes">
        <location filename="../src/models/commands/markpaidcommand.cpp" line="17"/>
        <source>Mark %n Entries Paid</source>
        <translation>
            <numerusform>将 %n 条记录标为已支付</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberCommand</name>
    <message>
        <location filename="../src/ui/members/membercommand.cpp" line="23"/>
        <source>Add Member “%1”</source>
        <translation>添加成员“%1”</translation>
    </message>
    <message>
        <location filename="../src/ui/members/membercommand.cpp" line="37"/>
        <source>Edit Member “%1”</source>
        <translation>编辑成员“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/members/membercommand.cpp" line="47"/>
        <source>Delete %n Member(s)</source>
        <translation>
            <numerusform>删除 %n 名成员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>&amp;Phone:</source>
        <translation>手机号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>&amp;WeChat ID:</source>
        <translation>微信号(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>Comma-separated, e.g. mother, Guangzhou</source>
        <translation>用逗号分隔，例如：宝妈, 广州</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>&amp;Referrer:</source>
        <translation>推荐人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>&amp;Agrees to be contacted</source>
        <translation>同意被联系(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>Add to &amp;Group</source>
        <translation>加入群(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.ui" line="4"/>
        <source>R&amp;emove</source>
        <translation>移除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>MemberRepository</name>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="198"/>
        <source>A member cannot be their own referrer.</source>
        <translation>成员不能成为自己的推荐人。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="208"/>
        <source>The referrer no longer exists.</source>
        <translation>该推荐人已不存在。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="213"/>
        <source>“%1” was brought in (directly or through others) by this member; a referral cannot go in a circle.</source>
        <translation>“%1”是由该成员（直接或间接）推荐进来的；推荐关系不能形成循环。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="252"/>
        <source>A member needs a name.</source>
        <translation>成员需要一个名字。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="274"/>
        <location filename="../src/storage/memberrepository.cpp" line="611"/>
        <location filename="../src/storage/memberrepositorymerge.cpp" line="106"/>
        <source>The member no longer exists.</source>
        <translation>该成员已不存在。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="351"/>
        <source>“%1” has orders, messages or ledger entries and cannot be deleted. Archive or merge the member instead.</source>
        <translation>“%1”有订单、消息或账目记录，无法删除。请改为归档或合并该成员。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="578"/>
        <source>A member cannot leave a group before joining it.</source>
        <translation>成员不能在入群之前退群。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="597"/>
        <source>A member can hold only one membership per group.</source>
        <translation>每名成员在每个群中只能有一条成员关系。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="670"/>
        <source>An identity needs the platform&apos;s id or a name.</source>
        <translation>身份需要平台 ID 或名字。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="685"/>
        <source>This %1 account already belongs to another member.</source>
        <translation>这个%1账号已属于另一名成员。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepository.cpp" line="721"/>
        <source>A name cannot be empty.</source>
        <translation>名字不能为空。</translation>
    </message>
    <message>
        <location filename="../src/storage/memberrepositorymerge.cpp" line="102"/>
        <source>A member cannot be merged into itself.</source>
        <translation>成员不能与自己合并。</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="216"/>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="218"/>
        <source>Operator</source>
        <translation>运营/管理员</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="220"/>
        <source>Expert</source>
        <translation>专家（大咖）</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="222"/>
        <source>Seed user</source>
        <translation>种子用户</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="224"/>
        <source>Partner</source>
        <translation>合伙人/团长</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="226"/>
        <source>Sharer</source>
        <translation>分享者</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="228"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>MembershipEventKind</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="544"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="546"/>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="548"/>
        <source>Removed</source>
        <translation>被移出</translation>
    </message>
</context>
<context>
    <name>MembershipTiers</name>
    <message>
        <location filename="../src/domain/membershiptiers.cpp" line="23"/>
        <source>Tier %1 has no key.</source>
        <translation>等级 %1 缺少标识。</translation>
    </message>
    <message>
        <location filename="../src/domain/membershiptiers.cpp" line="25"/>
        <source>Tier %1 repeats the key &quot;%2&quot;.</source>
        <translation>等级 %1 的标识“%2”重复。</translation>
    </message>
    <message>
        <location filename="../src/domain/membershiptiers.cpp" line="28"/>
        <source>Tier %1 uses another currency than the first tier.</source>
        <translation>等级 %1 使用的货币与第一个等级不同。</translation>
    </message>
    <message>
        <location filename="../src/domain/membershiptiers.cpp" line="35"/>
        <source>Tier %1 must need more points than tier %2.</source>
        <translation>等级 %1 所需积分必须多于等级 %2。</translation>
    </message>
    <message>
        <location filename="../src/domain/membershiptiers.cpp" line="37"/>
        <source>Tier %1 must need more spending than tier %2.</source>
        <translation>等级 %1 所需消费必须多于等级 %2。</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="507"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="509"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="511"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="513"/>
        <source>Solitaire</source>
        <translation>接龙</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="515"/>
        <source>Link or card</source>
        <translation>链接或卡片</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="517"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>OccurrenceExpander</name>
    <message>
        <location filename="../src/domain/occurrenceexpander.cpp" line="38"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/domain/occurrenceexpander.cpp" line="50"/>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message>
        <location filename="../src/domain/occurrenceexpander.cpp" line="51"/>
        <source>Group %1</source>
        <translation>群 %1</translation>
    </message>
    <message>
        <location filename="../src/domain/occurrenceexpander.cpp" line="86"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>OrderChannel</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="468"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="470"/>
        <source>Solitaire</source>
        <translation>接龙</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="472"/>
        <source>CSV import</source>
        <translation>CSV 导入</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="474"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>OrderColumnMapping</name>
    <message>
        <location filename="../src/import/orders/ordercolumnmapping.cpp" line="39"/>
        <source>“%1” is not COLUMN=FIELD; the fields are %2.</source>
        <translation>“%1”不是“列=字段”的形式；可用字段为 %2。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/ordercolumnmapping.cpp" line="48"/>
        <source>The column mapping is empty.</source>
        <translation>列映射为空。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/ordercolumnmapping.cpp" line="139"/>
        <source>The file has no column “%1”.</source>
        <translation>文件中没有“%1”列。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/ordercolumnmapping.cpp" line="145"/>
        <source>“%1” is mapped from several columns: %2.</source>
        <translation>“%1”被映射到了多列：%2。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/ordercolumnmapping.cpp" line="151"/>
        <source>Map a column to the member’s name, phone or WeChat ID.</source>
        <translation>请把一列映射为成员的姓名、手机号或微信号。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/ordercolumnmapping.cpp" line="153"/>
        <source>Map a column to the product’s SKU or name.</source>
        <translation>请把一列映射为商品的 SKU 或名称。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/ordercolumnmapping.cpp" line="155"/>
        <source>Map a column to the order date.</source>
        <translation>请把一列映射为下单日期。</translation>
    </message>
</context>
<context>
    <name>OrderCsvFile</name>
    <message>
        <location filename="../src/import/orders/ordercsvfile.cpp" line="51"/>
        <location filename="../src/import/orders/ordercsvfile.cpp" line="58"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/import/orders/ordercsvfile.cpp" line="57"/>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../src/import/orders/ordercsvfile.cpp" line="99"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>&amp;Unit price:</source>
        <translation>单价(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>Total:</source>
        <translation>总额：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>C&amp;ampaign:</source>
        <translation>活动(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/orderdialog.ui" line="4"/>
        <source>Tier price:</source>
        <translation>阶梯价：</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="74"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="76"/>
        <source>Member name</source>
        <translation>成员姓名</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="78"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="80"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="82"/>
        <source>Product SKU</source>
        <translation>商品 SKU</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="84"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="86"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="88"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="90"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="92"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="94"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="96"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderfield.cpp" line="98"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OrderImportFilePage</name>
    <message>
        <location filename="../ui/orderimportfilepage.ui" line="6"/>
        <source>Choose the CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/orderimportfilepage.ui" line="9"/>
        <source>Orders exported from a shop system or a spreadsheet, one order per row, with a header row. The encoding (UTF-8 or GB18030 from Excel) is detected.</source>
        <translation>从店铺系统或电子表格导出的订单，每行一个订单，带表头行。编码（UTF-8 或 Excel 保存的 GB18030）会自动识别。</translation>
    </message>
    <message>
        <location filename="../ui/orderimportfilepage.ui" line="17"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/orderimportfilepage.ui" line="34"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>OrderImportMappingPage</name>
    <message>
        <location filename="../ui/orderimportmappingpage.ui" line="6"/>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <location filename="../ui/orderimportmappingpage.ui" line="9"/>
        <source>Say what each column holds. A member needs a name, phone or WeChat ID; a product its SKU or name; every order a date.</source>
        <translation>说明每一列的内容。成员需要姓名、手机号或微信号；商品需要 SKU 或名称；每个订单都需要日期。</translation>
    </message>
    <message>
        <location filename="../ui/orderimportmappingpage.ui" line="17"/>
        <source>&amp;Profile:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/orderimportmappingpage.ui" line="37"/>
        <source>&amp;Save as Profile…</source>
        <translation>另存为方案(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/orderimportmappingpage.ui" line="44"/>
        <source>De&amp;lete Profile</source>
        <translation>删除方案(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/orderimportmappingpage.ui" line="69"/>
        <source>First rows of the file:</source>
        <translation>文件的前几行：</translation>
    </message>
</context>
<context>
    <name>OrderImportProfileRepository</name>
    <message>
        <location filename="../src/storage/orderimportprofilerepository.cpp" line="40"/>
        <source>A mapping profile needs a name.</source>
        <translation>映射方案需要一个名称。</translation>
    </message>
</context>
<context>
    <name>OrderImportReviewPage</name>
    <message>
        <location filename="../ui/orderimportreviewpage.ui" line="6"/>
        <source>Review and import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <location filename="../ui/orderimportreviewpage.ui" line="9"/>
        <source>Nothing is written until you click Import; then every order goes in, or none.</source>
        <translation>点击“导入”之前不会写入任何内容；导入时要么全部订单写入，要么一个也不写入。</translation>
    </message>
    <message>
        <location filename="../ui/orderimportreviewpage.ui" line="25"/>
        <source>&amp;Skip the orders already in the workspace (same member, product, time, quantity and total)</source>
        <translation>跳过工作区中已有的订单（成员、商品、时间、数量和总额都相同）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/orderimportreviewpage.ui" line="35"/>
        <source>Rows whose member is not clear — choose who placed them:</source>
        <translation>以下行的成员无法确定——请选择下单人：</translation>
    </message>
    <message>
        <location filename="../ui/orderimportreviewpage.ui" line="64"/>
        <source>Lines that cannot be imported — fix them in the file and go back:</source>
        <translation>以下行无法导入——请在文件中改正后返回重试：</translation>
    </message>
</context>
<context>
    <name>OrderImportStore</name>
    <message>
        <location filename="../src/storage/orderimportstore.cpp" line="93"/>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
</context>
<context>
    <name>OrderImporter</name>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="73"/>
        <source>The member is missing: give a name, phone or WeChat ID.</source>
        <translation>缺少成员：请提供姓名、手机号或微信号。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="198"/>
        <source>Several products are named “%1”; add a SKU column to tell them apart.</source>
        <translation>有多个商品名为“%1”；请加上 SKU 列加以区分。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="201"/>
        <source>No product is named “%1”.</source>
        <translation>没有名为“%1”的商品。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="203"/>
        <source>No product has the SKU “%1”.</source>
        <translation>没有 SKU 为“%1”的商品。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="205"/>
        <source>The product is missing.</source>
        <translation>缺少商品。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="213"/>
        <source>“%1” is not a quantity (a whole number of at least 1).</source>
        <translation>“%1”不是有效数量（须为不小于 1 的整数）。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="225"/>
        <source>“%1” is not an amount of money such as 19.90.</source>
        <translation>“%1”不是金额（例如 19.90）。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="227"/>
        <source>“%1” is negative; record refunds with the status instead.</source>
        <translation>“%1”是负数；退款请用订单状态记录。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="235"/>
        <source>The order date is missing.</source>
        <translation>缺少下单日期。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="239"/>
        <source>“%1” is not a date such as 2024-03-15 14:30 or 2024/3/15.</source>
        <translation>“%1”不是日期（例如 2024-03-15 14:30 或 2024/3/15）。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="247"/>
        <source>“%1” is not an order status (placed, paid, delivered or refunded).</source>
        <translation>“%1”不是订单状态（已下单、已付款、已送达或已退款）。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="255"/>
        <source>No group is named “%1”.</source>
        <translation>没有名为“%1”的群。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="299"/>
        <source>The file has no orders below its header.</source>
        <translation>文件表头下面没有订单。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="313"/>
        <source>Fix the lines with errors first.</source>
        <translation>请先改正有错误的行。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="314"/>
        <source>Choose the member of every ambiguous row first.</source>
        <translation>请先为每个无法确定成员的行选择成员。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="315"/>
        <source>There are no orders to import.</source>
        <translation>没有可导入的订单。</translation>
    </message>
    <message>
        <location filename="../src/import/orders/orderimporter.cpp" line="353"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="143"/>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="145"/>
        <source>The order needs a unit price.</source>
        <translation>订单需要单价。</translation>
    </message>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="147"/>
        <source>Prices cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="149"/>
        <source>The total and the unit price must be in the same currency.</source>
        <translation>总额和单价必须使用同一种货币。</translation>
    </message>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="151"/>
        <source>The order needs a date and time.</source>
        <translation>订单需要日期和时间。</translation>
    </message>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="154"/>
        <source>The order’s member does not exist.</source>
        <translation>订单的成员不存在。</translation>
    </message>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="157"/>
        <source>The order’s product does not exist.</source>
        <translation>订单的商品不存在。</translation>
    </message>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="159"/>
        <source>“%1” is sold in %2; the order cannot be in %3.</source>
        <translation>“%1”以 %2 销售；订单不能使用 %3。</translation>
    </message>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="163"/>
        <source>A member cannot be credited for their own order.</source>
        <translation>成员不能因自己的订单获得推荐奖励。</translation>
    </message>
    <message>
        <location filename="../src/storage/orderrepository.cpp" line="220"/>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="433"/>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="435"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="437"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="439"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../ui/partnerdialog.ui" line="8"/>
        <source>Partner</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <location filename="../ui/partnerdialog.ui" line="14"/>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/partnerdialog.ui" line="23"/>
        <source>&amp;Commission:</source>
        <translation>佣金(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/partnerdialog.ui" line="29"/>
        <location filename="../ui/partnerdialog.ui" line="60"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/partnerdialog.ui" line="36"/>
        <source>On paid orders in &amp;groups:</source>
        <translation>计佣群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/partnerdialog.ui" line="45"/>
        <source>&amp;Recruited by:</source>
        <translation>招募人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/partnerdialog.ui" line="54"/>
        <source>Recruiter&apos;s &amp;share:</source>
        <translation>招募人分成(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/partnerdialog.ui" line="67"/>
        <source>Cohort pays at most two levels: the partner and the partner who recruited them.</source>
        <translation>Cohort 最多分两级：合伙人本人，以及招募他的合伙人。</translation>
    </message>
</context>
<context>
    <name>PartnerTermsCommand</name>
    <message>
        <location filename="../src/models/commands/partnertermscommand.cpp" line="24"/>
        <source>Remove Partner</source>
        <translation>移除合伙人</translation>
    </message>
    <message>
        <location filename="../src/models/commands/partnertermscommand.cpp" line="26"/>
        <source>Edit Partner</source>
        <translation>编辑合伙人</translation>
    </message>
    <message>
        <location filename="../src/models/commands/partnertermscommand.cpp" line="28"/>
        <source>Add Partner</source>
        <translation>添加合伙人</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="37"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="39"/>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="41"/>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="43"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="45"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="47"/>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="49"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="9"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="17"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="30"/>
        <source>The new language applies at once; dates, numbers and money follow it.</source>
        <translation>新语言立即生效；日期、数字和金额格式随之改变。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="43"/>
        <source>Largest &amp;unzipped chat:</source>
        <translation>解压后聊天记录上限(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="53"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="69"/>
        <source>A chat inside a zip archive that would expand beyond this is refused unread (a zip bomb). Automatic: 40 times the archive, between 64 and 1,024 MB.</source>
        <translation>压缩包中的聊天记录若解压后超过此大小，将不予读取（可能是 zip 炸弹）。自动：压缩包大小的 40 倍，介于 64 到 1,024 MB 之间。</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>e.g. Dried mango 500 g</source>
        <translation>例如：芒果干 500 克</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>&amp;SKU:</source>
        <translation>SKU(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>Optional, unique</source>
        <translation>可选，不可重复</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>e.g. Snacks</source>
        <translation>例如：零食</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>&amp;Price:</source>
        <translation>价格(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>C&amp;ost:</source>
        <translation>成本(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>Margin:</source>
        <translation>毛利：</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>Re&amp;purchase cycle:</source>
        <translation>复购周期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>&amp;Active (offered to members)</source>
        <translation>在售（向成员提供）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/productdialog.ui" line="4"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="96"/>
        <source>A product needs a name.</source>
        <translation>商品需要一个名称。</translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="98"/>
        <source>Price and cost cannot be negative.</source>
        <translation>价格和成本不能为负数。</translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="100"/>
        <source>The repurchase cycle cannot be negative.</source>
        <translation>复购周期不能为负数。</translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="106"/>
        <source>Price and cost must be in the same currency.</source>
        <translation>价格和成本必须使用同一种货币。</translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="128"/>
        <source>The SKU “%1” is already used by “%2”.</source>
        <translation>SKU“%1”已被“%2”使用。</translation>
    </message>
    <message>
        <location filename="../src/storage/productrepository.cpp" line="164"/>
        <source>The product no longer exists.</source>
        <translation>该商品已不存在。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/storage/productrepository.cpp" line="199"/>
        <source>“%1” has %n order(s) and cannot be deleted. Mark it inactive instead.</source>
        <translation>
            <numerusform>“%1”有 %n 个订单，无法删除。请改为标记为停售。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductRole</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="312"/>
        <source>Traffic product</source>
        <translation>引流品</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="314"/>
        <source>Profit product</source>
        <translation>利润品</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="316"/>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="318"/>
        <source>Service / course</source>
        <translation>服务 / 课程</translation>
    </message>
</context>
<context>
    <name>PromotionPolicy</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="144"/>
        <source>Private garden</source>
        <translation>私域（仅群主推广）</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="146"/>
        <source>Free market</source>
        <translation>自由市场（经许可可推广）</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <location filename="../src/reports/weekly/pseudonymizer.cpp" line="17"/>
        <source>Member %1</source>
        <translation>成员 %1</translation>
    </message>
</context>
<context>
    <name>QqParser</name>
    <message>
        <location filename="../src/import/qq/qqparser.cpp" line="249"/>
        <source>Line ignored: text before the first message.</source>
        <translation>已忽略该行：第一条消息之前的文字。</translation>
    </message>
    <message>
        <location filename="../src/import/qq/qqparser.cpp" line="255"/>
        <source>The message header &quot;%1&quot; has an impossible date or time; the line is kept as message text.</source>
        <translation>消息头“%1”的日期或时间不可能存在；该行作为消息文字保留。</translation>
    </message>
    <message>
        <location filename="../src/import/qq/qqparser.cpp" line="273"/>
        <source>This is not a QQ message-manager export: no line of the form &quot;2024-01-31 8:05:09 Nickname(12345678)&quot; was found.</source>
        <translation>这不是 QQ 消息管理器导出的文件：没有找到形如“2024-01-31 8:05:09 昵称(12345678)”的行。</translation>
    </message>
    <message>
        <location filename="../src/import/qq/qqparser.cpp" line="277"/>
        <source>Line ignored: text outside any message (&quot;%1&quot;).</source>
        <translation>已忽略该行：不属于任何消息的文字（“%1”）。</translation>
    </message>
    <message>
        <location filename="../src/import/qq/qqparser.cpp" line="285"/>
        <source>No QQ message was found in this file: it has no line of the form &quot;2024-01-31 8:05:09 Nickname(12345678)&quot;.</source>
        <translation>此文件中没有找到 QQ 消息：没有形如“2024-01-31 8:05:09 昵称(12345678)”的行。</translation>
    </message>
</context>
<context>
    <name>QqRecordClassifier</name>
    <message>
        <location filename="../src/import/qq/qqrecordclassifier.cpp" line="88"/>
        <source>System notice &quot;%1&quot; looks like a %2 but names nobody; kept as a system record.</source>
        <translation>系统通知“%1”看起来是%2，但没有提到任何人；已作为系统记录保留。</translation>
    </message>
    <message>
        <location filename="../src/import/qq/qqrecordclassifier.cpp" line="123"/>
        <source>join</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../src/import/qq/qqrecordclassifier.cpp" line="141"/>
        <source>leave</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../src/import/qq/qqrecordclassifier.cpp" line="169"/>
        <source>removal</source>
        <translation>移出</translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../src/storage/queryerror.cpp" line="28"/>
        <source>The workspace is busy in another program and could not be read. Try again in a moment.</source>
        <translation>工作区正被其他程序占用，无法读取。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../src/storage/queryerror.cpp" line="33"/>
        <source>The workspace is damaged and could not be read (%1).</source>
        <translation>工作区已损坏，无法读取（%1）。</translation>
    </message>
    <message>
        <location filename="../src/storage/queryerror.cpp" line="36"/>
        <source>The workspace could not be read (%1).</source>
        <translation>无法读取工作区（%1）。</translation>
    </message>
    <message>
        <location filename="../src/storage/queryerror.cpp" line="47"/>
        <source>%1 Statement: %2</source>
        <translation>%1 语句：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/queryerror.cpp" line="52"/>
        <source>Statement: %1
Driver: %2
Code: %3</source>
        <translation>语句：%1
驱动：%2
代码：%3</translation>
    </message>
    <message>
        <location filename="../src/storage/queryerror.cpp" line="54"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>RecordSanitizer</name>
    <message>
        <location filename="../src/import/recordsanitizer.cpp" line="32"/>
        <source>Line %1 holds NUL characters, which are not text; they were replaced by �.</source>
        <translation>第 %1 行含有 NUL 字符，它们不是文本，已替换为 �。</translation>
    </message>
    <message>
        <location filename="../src/import/recordsanitizer.cpp" line="37"/>
        <source>The message at line %1 is longer than %L2 characters; only its first %L2 characters were kept.</source>
        <translation>第 %1 行的消息超过 %L2 个字符；只保留了前 %L2 个字符。</translation>
    </message>
    <message>
        <location filename="../src/import/recordsanitizer.cpp" line="53"/>
        <source>The chat&apos;s name or id holds NUL characters, which are not text; they were replaced by �.</source>
        <translation>聊天的名称或 ID 含有 NUL 字符，它们不是文本，已替换为 �。</translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="40"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="41"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="57"/>
        <source>the first %1</source>
        <translation>第一个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="59"/>
        <source>the second %1</source>
        <translation>第二个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="61"/>
        <source>the third %1</source>
        <translation>第三个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="63"/>
        <source>the fourth %1</source>
        <translation>第四个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="65"/>
        <source>the fifth %1</source>
        <translation>第五个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="67"/>
        <source>the last %1</source>
        <translation>最后一个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="69"/>
        <source>the second to last %1</source>
        <translation>倒数第二个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="71"/>
        <source>the third to last %1</source>
        <translation>倒数第三个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="73"/>
        <source>the fourth to last %1</source>
        <translation>倒数第四个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="75"/>
        <source>the fifth to last %1</source>
        <translation>倒数第五个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="78"/>
        <source>every %1</source>
        <translation>每个%1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="94"/>
        <source>The recurrence rule is empty.</source>
        <translation>重复规则为空。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="101"/>
        <source>&quot;%1&quot; is not a NAME=VALUE part.</source>
        <translation>“%1”不是“名称=值”形式。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="109"/>
        <source>%1 appears more than once.</source>
        <translation>%1 出现了不止一次。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="123"/>
        <source>Unsupported frequency &quot;%1&quot; (use DAILY, WEEKLY or MONTHLY).</source>
        <translation>不支持的频率“%1”（请用 DAILY、WEEKLY 或 MONTHLY）。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="130"/>
        <source>INTERVAL must be a whole number from 1 to 1000.</source>
        <translation>INTERVAL 必须是 1 到 1000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="136"/>
        <source>COUNT must be a whole number of at least 1.</source>
        <translation>COUNT 必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="153"/>
        <source>UNTIL &quot;%1&quot; is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS[Z]).</source>
        <translation>UNTIL“%1”不是日期（YYYYMMDD）或日期时间（YYYYMMDDTHHMMSS[Z]）。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="168"/>
        <source>BYDAY item &quot;%1&quot; is not a weekday such as MO, 1SA or -1FR.</source>
        <translation>BYDAY 项“%1”不是星期，例如 MO、1SA 或 -1FR。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="179"/>
        <source>BYMONTHDAY item &quot;%1&quot; must be 1 to 31 or -31 to -1.</source>
        <translation>BYMONTHDAY 项“%1”必须在 1 到 31 或 -31 到 -1 之间。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="187"/>
        <source>Only weeks starting on Monday (WKST=MO) are supported.</source>
        <translation>只支持以星期一开始的周（WKST=MO）。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="191"/>
        <source>The rule part %1 is not supported.</source>
        <translation>不支持规则项 %1。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="196"/>
        <source>The rule has no FREQ.</source>
        <translation>规则缺少 FREQ。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="200"/>
        <source>A rule may end by COUNT or by UNTIL, not both.</source>
        <translation>规则只能用 COUNT 或 UNTIL 其中之一结束，不能同时使用。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="206"/>
        <source>Numbered weekdays such as 1SA need FREQ=MONTHLY.</source>
        <translation>带序号的星期（如 1SA）需要 FREQ=MONTHLY。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="210"/>
        <source>BYMONTHDAY cannot be used with FREQ=WEEKLY.</source>
        <translation>BYMONTHDAY 不能与 FREQ=WEEKLY 同时使用。</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="267"/>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="270"/>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="287"/>
        <source>the last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="289"/>
        <source>day %1 from the end</source>
        <translation>倒数第 %1 天</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="291"/>
        <source>day %1</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="299"/>
        <source>, once</source>
        <translation>，仅一次</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="299"/>
        <source>, %1 times</source>
        <translation>，共 %1 次</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="301"/>
        <location filename="../src/domain/recurrencerule.cpp" line="303"/>
        <source>, until %1</source>
        <translation>，直到 %1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="316"/>
        <location filename="../src/domain/recurrencerule.cpp" line="334"/>
        <source>%1 of each month at %2</source>
        <translation>每月%1 %2</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="319"/>
        <location filename="../src/domain/recurrencerule.cpp" line="328"/>
        <source>Every %1 at %2</source>
        <translation>每%1 %2</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="320"/>
        <source>Every %1 days on %2 at %3</source>
        <translation>每 %1 天的%2 %3</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="323"/>
        <source>Every day at %1</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="324"/>
        <source>Every %1 days at %2</source>
        <translation>每 %1 天 %2</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="329"/>
        <source>Every %1 weeks on %2 at %3</source>
        <translation>每 %1 周的%2 %3</translation>
    </message>
    <message>
        <location filename="../src/domain/recurrencerule.cpp" line="335"/>
        <source>%1 of every %2 months at %3</source>
        <translation>每 %2 个月的%1 %3</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="32"/>
        <source>Write the weekly report of an ISO week as PDF and/or HTML</source>
        <translation>将某个 ISO 周的周报写成 PDF 和/或 HTML</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="39"/>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="40"/>
        <location filename="../src/app/cli/reportcommand.cpp" line="50"/>
        <location filename="../src/app/cli/reportcommand.cpp" line="52"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="41"/>
        <source>ISO week, e.g. 2026-W07.</source>
        <translation>ISO 周，例如 2026-W07。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="42"/>
        <source>YYYY-Www</source>
        <translation>YYYY-Www</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="44"/>
        <source>Only this group (repeatable; default: all groups).</source>
        <translation>只包含此群（可重复；默认：全部群）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="45"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="47"/>
        <source>Language of the report: en or zh_CN.</source>
        <translation>报告语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="47"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="49"/>
        <source>Write the report as PDF to this file.</source>
        <translation>将报告写成 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="51"/>
        <source>Write the report as one HTML file.</source>
        <translation>将报告写成单个 HTML 文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="55"/>
        <source>Paper size: a4 or letter (default: from the language&apos;s locale).</source>
        <translation>纸张大小：a4 或 letter（默认取决于语言所在地区）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="55"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="57"/>
        <source>Replace member names by stable pseudonyms.</source>
        <translation>用稳定的化名代替成员姓名。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="59"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="70"/>
        <source>cohort-cli report: unexpected argument “%1”.</source>
        <translation>cohort-cli report：多余的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="76"/>
        <source>cohort-cli report: --workspace and --week are required.</source>
        <translation>cohort-cli report：必须指定 --workspace 和 --week。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="81"/>
        <source>cohort-cli report: --lang must be en or zh_CN, not “%1”.</source>
        <translation>cohort-cli report：--lang 必须是 en 或 zh_CN，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="88"/>
        <source>cohort-cli report: --page must be a4 or letter, not “%1”.</source>
        <translation>cohort-cli report：--page 必须是 a4 或 letter，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="95"/>
        <source>cohort-cli report: --week: “%1” is not an ISO week such as 2026-W07.</source>
        <translation>cohort-cli report：--week：“%1”不是 ISO 周（例如 2026-W07）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="103"/>
        <source>cohort-cli report: needs a QGuiApplication (run through cohort-cli).</source>
        <translation>cohort-cli report：需要 QGuiApplication（请通过 cohort-cli 运行）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="187"/>
        <source>Wrote %1 (pages: %2).</source>
        <translation>已写入 %1（共 %2 页）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="189"/>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="194"/>
        <source>cohort-cli report: warning: %1 has no messages, orders, joins or leaves in %2; the newest week with data is %3.</source>
        <translation>cohort-cli report：警告：%1 在%2中没有消息、订单、入群或退群；有数据的最近一周是 %3。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/reportcommand.cpp" line="198"/>
        <source>cohort-cli report: warning: %1 has no messages, orders, joins or leaves in %2, nor does any other week.</source>
        <translation>cohort-cli report：警告：%1 在%2中没有消息、订单、入群或退群，其他各周也没有。</translation>
    </message>
</context>
<context>
    <name>ReportPageLayout</name>
    <message>
        <location filename="../src/reports/weekly/reportpagelayout.cpp" line="273"/>
        <source>Anonymized</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reportpagelayout.cpp" line="277"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ReportPdfRenderer</name>
    <message>
        <location filename="../src/reports/weekly/reportpdfrenderer.cpp" line="72"/>
        <location filename="../src/reports/weekly/reportpdfrenderer.cpp" line="77"/>
        <location filename="../src/reports/weekly/reportpdfrenderer.cpp" line="96"/>
        <source>cannot write the PDF file</source>
        <translation>无法写入 PDF 文件</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="9"/>
        <source>Weekly community report</source>
        <translation>社群运营周报</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="14"/>
        <source>Week %1: %2 – %3</source>
        <translation>第 %1 周：%2 – %3</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="21"/>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="26"/>
        <source>Anonymized: member names are replaced by pseudonyms.</source>
        <translation>已匿名化：成员姓名已替换为化名。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="31"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="85"/>
        <source>None this week.</source>
        <translation>本周无。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="90"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="94"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="98"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="102"/>
        <location filename="../src/reports/weekly/reporttext.cpp" line="215"/>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="106"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="110"/>
        <source>Results of this week</source>
        <translation>本周结果</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="114"/>
        <source>Scheduled for next week</source>
        <translation>下周计划</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="118"/>
        <source>Activation to-do list</source>
        <translation>激活待办清单</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="122"/>
        <source>Silent seed users and experts</source>
        <translation>沉默的种子用户和专家</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="126"/>
        <source>Buyers due to repurchase</source>
        <translation>到期应复购的买家</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="130"/>
        <source>New members who have not spoken yet</source>
        <translation>尚未发言的新成员</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="134"/>
        <source>Rule violations</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="138"/>
        <source>Members at or over their group&apos;s strike limit (warn or remove)</source>
        <translation>违规次数达到或超过本群上限的成员（请提醒或移出）</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="142"/>
        <source>Strikes / limit</source>
        <translation>违规次数 / 上限</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="146"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="151"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="155"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="159"/>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="163"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="167"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="171"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="175"/>
        <source>Activity / growth / conversion / rules</source>
        <translation>活跃 / 增长 / 转化 / 群规</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="179"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="183"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="187"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="191"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="195"/>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="199"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="203"/>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="207"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="211"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="219"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="223"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="227"/>
        <source>Rule</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="231"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="245"/>
        <source>Top contributors</source>
        <translation>最活跃发言者</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="249"/>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="253"/>
        <source>Departed members</source>
        <translation>离开的成员</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="258"/>
        <source>and %1 more</source>
        <translation>另有 %1 人</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="264"/>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="265"/>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/reporttext.cpp" line="273"/>
        <source>(recurring)</source>
        <translation>（循环）</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../ui/restorebackupdialog.ui" line="9"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../ui/restorebackupdialog.ui" line="25"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../ui/restorebackupdialog.ui" line="38"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/restorebackupdialog.ui" line="43"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/restorebackupdialog.ui" line="48"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/restorebackupdialog.ui" line="71"/>
        <source>&amp;Restore into New File…</source>
        <translation>恢复到新文件(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>RuleTitles</name>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="8"/>
        <source>No links</source>
        <translation>禁止发链接</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="10"/>
        <source>No mini-program or contact cards</source>
        <translation>禁止发小程序和名片</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="12"/>
        <source>No ads</source>
        <translation>禁止发广告</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="14"/>
        <source>No soliciting members privately</source>
        <translation>禁止私下拉人</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="16"/>
        <source>No flooding</source>
        <translation>禁止刷屏</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="18"/>
        <source>Keyword rule “%1”</source>
        <translation>关键词规则“%1”</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="25"/>
        <source>A message with a URL: a scheme (https://), www., or a host name with a known top-level domain. Join notices and other system lines never count.</source>
        <translation>含有网址的消息：带协议（https://）、以 www. 开头，或带已知顶级域名的主机名。入群提示等系统消息从不计入。</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="28"/>
        <source>Mini-program, link and contact cards, as the export marks them.</source>
        <translation>导出文件标记的小程序、链接卡片和名片。</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="30"/>
        <source>A phrase of the workspace&apos;s ad list (代购, promo code …).</source>
        <translation>命中工作区广告词表中的词（代购、promo code …）。</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="32"/>
        <source>A phrase of the soliciting list (加我微信, 私聊, DM me …) or a phone number.</source>
        <translation>命中私下拉人词表中的词（加我微信、私聊、DM me …）或手机号。</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="34"/>
        <source>More than 5 messages by one member within 60 seconds, or the same text 3 times within 10 minutes; one violation per burst.</source>
        <translation>同一成员 60 秒内发言超过 5 条，或 10 分钟内同一内容发 3 次；每一轮刷屏只记一次。</translation>
    </message>
    <message>
        <location filename="../src/rules/ruletitles.cpp" line="42"/>
        <source>@%1 Hello, a friendly reminder of our group rules: %2. Please keep to them; members who break them again may be removed from the group. Thank you!</source>
        <extracomment>A warning the operator copies into the group chat. %1: member name, %2: the rule.</extracomment>
        <translation>@%1 你好，友情提醒本群群规：%2。请大家共同遵守，再次违规的成员可能会被移出群聊。谢谢配合！</translation>
    </message>
</context>
<context>
    <name>ScanBench</name>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="53"/>
        <source>Force a format.</source>
        <translation>强制指定格式。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="53"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="56"/>
        <source>IANA zone of wall-clock times.</source>
        <translation>本地时间所用的 IANA 时区。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="56"/>
        <source>zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="58"/>
        <source>Keyword rules.</source>
        <translation>关键词规则数。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="58"/>
        <location filename="../src/app/cli/scanbench.cpp" line="61"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="184"/>
        <source>Import alone: %1 s (median of %2)</source>
        <translation>仅导入：%1 秒（%2 轮的中位数）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="186"/>
        <source>Import with the scan: %1 s (+%2 %, the median of the runs&apos; own ratios; the scan step %3 s, %4 violations)</source>
        <translation>导入并检查：%1 秒（+%2 %，各轮比值的中位数；检查步骤 %3 秒，%4 条违规）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="193"/>
        <source>Peak RSS of the imports: %1 alone, %2 with the scan</source>
        <translation>导入的峰值内存（RSS）：仅导入 %1，导入并检查 %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="74"/>
        <source>cohort-cli: cannot create a temporary folder: %1</source>
        <translation>cohort-cli：无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="182"/>
        <source>File: %1 (%2 records)</source>
        <translation>文件：%1（%2 条记录）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="183"/>
        <source>Rules: 5 built-in checks, %1 keyword rules</source>
        <translation>规则：5 项内置检查，%1 条关键词规则</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="196"/>
        <source>Re-scan of the whole history: %1 s (%2 messages, %3 violations; %4 of the import alone)</source>
        <translation>重新检查全部历史：%1 秒（%2 条消息，%3 条违规；为仅导入耗时的 %4）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="203"/>
        <source>Peak RSS of the re-scan: %1</source>
        <translation>重新检查的峰值常驻内存：%1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="179"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="61"/>
        <source>Pairs of imports (medians are reported).</source>
        <translation>导入的轮数（每轮两次导入，报告中位数）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="66"/>
        <source>Usage: cohort-cli bench scan FILE [--format FORMAT] [--timezone IANA] [--keywords N] [--runs N]</source>
        <translation>用法：cohort-cli bench scan 文件 [--format 格式] [--timezone IANA时区] [--keywords N] [--runs N]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="158"/>
        <source>Run %1: import alone %2 s, with the scan %3 s</source>
        <translation>第 %1 轮：仅导入 %2 秒，导入并检查 %3 秒</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scanbench.cpp" line="179"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="28"/>
        <source>List the group-rule violations found in the imported messages (--rescan checks the history again)</source>
        <translation>列出在已导入消息中发现的违反群规记录（--rescan 重新检查历史）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="36"/>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="37"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="39"/>
        <source>Only this group (may be given more than once).</source>
        <translation>只看这个群（可多次指定）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="39"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="42"/>
        <source>Only these rules, comma-separated (no_links, no_cards, no_ads, no_private_soliciting, no_flooding, keyword:NAME); with --rescan they replace the groups&apos; own built-in checks for this run, without saving them.</source>
        <translation>只看这些规则，以逗号分隔（no_links、no_cards、no_ads、no_private_soliciting、no_flooding、keyword:名称）；与 --rescan 一起使用时，本次运行以它们代替各群自己的内置检查，但不保存。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="45"/>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="47"/>
        <source>Check the groups&apos; whole history again first.</source>
        <translation>先重新检查这些群的全部历史。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="49"/>
        <source>Print a JSON object with violations and counts.</source>
        <translation>输出包含违规列表和计数的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="51"/>
        <source>Show the options.</source>
        <translation>显示选项。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="63"/>
        <source>Usage: cohort-cli scan --workspace W.cohort [--group NAME]... [--rules no_links,no_flooding,...] [--rescan] [--json]</source>
        <translation>用法：cohort-cli scan --workspace 工作区.cohort [--group 群名]... [--rules no_links,no_flooding,...] [--rescan] [--json]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="78"/>
        <source>cohort-cli scan: “%1” is not a rule (use no_links, no_cards, no_ads, no_private_soliciting, no_flooding or keyword:NAME).</source>
        <translation>cohort-cli scan：“%1”不是规则（可用 no_links、no_cards、no_ads、no_private_soliciting、no_flooding 或 keyword:名称）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="153"/>
        <source>%1  %2  %3  %4  “%5”  (message %6)</source>
        <translation>%1  %2  %3  %4  “%5”（消息 %6）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="155"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="160"/>
        <source>No violations found.</source>
        <translation>未发现违规。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/scancommand.cpp" line="166"/>
        <source>%1 violations (%2)</source>
        <translation>%1 条违规（%2）</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../src/domain/schedule.cpp" line="69"/>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>“%1”不是已知的时区。</translation>
    </message>
    <message>
        <location filename="../src/domain/schedule.cpp" line="74"/>
        <source>The campaign has no start time.</source>
        <translation>活动没有开始时间。</translation>
    </message>
</context>
<context>
    <name>ScorecardText</name>
    <message>
        <location filename="../src/reports/scorecardtext.cpp" line="11"/>
        <source>Met</source>
        <translation>达成</translation>
    </message>
    <message>
        <location filename="../src/reports/scorecardtext.cpp" line="13"/>
        <source>Near</source>
        <translation>接近</translation>
    </message>
    <message>
        <location filename="../src/reports/scorecardtext.cpp" line="15"/>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location filename="../src/reports/scorecardtext.cpp" line="17"/>
        <source>No positioning</source>
        <translation>未定位</translation>
    </message>
    <message>
        <location filename="../src/reports/scorecardtext.cpp" line="32"/>
        <source>%1: %2 (target %3), %4</source>
        <extracomment>%1 KPI name, %2 its value over 30 days, %3 the target, %4 met/near/missed</extracomment>
        <translation>%1：%2（目标 %3），%4</translation>
    </message>
    <message>
        <location filename="../src/reports/scorecardtext.cpp" line="40"/>
        <source>No positioning yet: tick the group&apos;s goals in the group dialog to judge it by its own numbers.</source>
        <translation>尚未定位：在群组对话框中勾选社群目标，即可按它自己的数字考核。</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <location filename="../src/storage/serverbackup.cpp" line="107"/>
        <source>%1 is not installed on this computer, so Cohort cannot back up a team workspace: its backups are the server administrator&apos;s.</source>
        <translation>这台电脑上没有安装 %1，所以 Cohort 无法备份团队工作区：它的备份由服务器管理员负责。</translation>
    </message>
    <message>
        <location filename="../src/storage/serverbackup.cpp" line="120"/>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/serverbackup.cpp" line="134"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/serverbackup.cpp" line="146"/>
        <location filename="../src/storage/serverbackup.cpp" line="184"/>
        <source>“%1” is no team server address.</source>
        <translation>“%1”不是团队服务器地址。</translation>
    </message>
    <message>
        <location filename="../src/storage/serverbackup.cpp" line="152"/>
        <source>The backup folder “%1” could not be created.</source>
        <translation>无法创建备份文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../src/storage/serverbackup.cpp" line="168"/>
        <source>The backup “%1” could not be written.</source>
        <translation>无法写入备份“%1”。</translation>
    </message>
    <message>
        <location filename="../src/storage/serverbackup.cpp" line="186"/>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../src/storage/serverbackup.cpp" line="202"/>
        <source>“%1” is not empty: restore into a new database (createdb).</source>
        <translation>“%1”不是空的：请恢复到一个新数据库（createdb）。</translation>
    </message>
    <message>
        <location filename="../src/storage/serverbackup.cpp" line="211"/>
        <source>Cohort could not connect to “%1”: %2</source>
        <translation>Cohort 无法连接到“%1”：%2</translation>
    </message>
</context>
<context>
    <name>SolitaireCommand</name>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="60"/>
        <source>List the solitaire (接龙) order books found in the imported messages</source>
        <translation>列出在已导入消息中找到的接龙订单簿</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="67"/>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="68"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="69"/>
        <source>Only this group.</source>
        <translation>只看此群。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="69"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="70"/>
        <source>Print a JSON array of threads.</source>
        <translation>输出接龙列表的 JSON 数组。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="72"/>
        <source>Show the options.</source>
        <translation>显示选项。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="84"/>
        <source>Usage: cohort-cli solitaire --workspace W.cohort [--group NAME] [--json]</source>
        <translation>用法：cohort-cli solitaire --workspace W.cohort [--group 群名] [--json]</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="121"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="122"/>
        <source>  started %1, updated %2, entries: %3, total quantity: %4</source>
        <translation>  开始于 %1，更新于 %2，条目：%3，总数量：%4</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="137"/>
        <source>member %1 (#%2)</source>
        <translation>成员 %1（#%2）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="140"/>
        <source>ambiguous: several members go by this name</source>
        <translation>无法确定：有多位成员使用这个名字</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="143"/>
        <source>unmatched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../src/app/cli/solitairecommand.cpp" line="158"/>
        <source>No solitaire lists found.</source>
        <translation>没有找到接龙。</translation>
    </message>
</context>
<context>
    <name>SolitaireRepository</name>
    <message>
        <location filename="../src/storage/solitairerepository.cpp" line="88"/>
        <source>This solitaire entry is already in Orders (order %1).</source>
        <translation>这条接龙已在订单中（订单 %1）。</translation>
    </message>
</context>
<context>
    <name>SourceChannel</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="267"/>
        <source>In-store QR code</source>
        <translation>门店二维码</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="269"/>
        <source>Offline event</source>
        <translation>线下活动</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="271"/>
        <source>Referral by a member</source>
        <translation>成员推荐</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="273"/>
        <source>Paid entry</source>
        <translation>付费入群</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="275"/>
        <source>Internal recommendation</source>
        <translation>内部推荐</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="277"/>
        <source>Task screening</source>
        <translation>任务筛选</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="279"/>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="281"/>
        <source>Chat import</source>
        <translation>聊天记录导入</translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="283"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="26"/>
        <source>Print activity, conversion, repurchase, fission and revenue metrics</source>
        <translation>输出活跃、转化、复购、裂变和营收指标</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="33"/>
        <source>Workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="33"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="34"/>
        <source>Only this group (repeatable).</source>
        <translation>仅此群（可重复指定）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="34"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="35"/>
        <source>First day (YYYY-MM-DD); default 29 days before --to.</source>
        <translation>第一天（YYYY-MM-DD）；默认为 --to 之前 29 天。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="35"/>
        <location filename="../src/app/cli/statscommand.cpp" line="36"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="36"/>
        <source>Last day (YYYY-MM-DD); default today.</source>
        <translation>最后一天（YYYY-MM-DD）；默认为今天。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="37"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="38"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="49"/>
        <source>cohort-cli stats: unexpected argument “%1”.</source>
        <translation>cohort-cli stats：意外的参数“%1”。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="80"/>
        <source>cohort-cli stats: --from is after --to.</source>
        <translation>cohort-cli stats：--from 晚于 --to。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="105"/>
        <source>Metrics from %1 to %2</source>
        <translation>%1 至 %2 的指标</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="106"/>
        <source>  Messages:          %1</source>
        <translation>  消息数：          %1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="107"/>
        <source>  Active members:    %1 of %2 (%3%)</source>
        <translation>  活跃成员：        %1 / %2（%3%）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="112"/>
        <source>  Joins / leaves:    %1 / %2</source>
        <translation>  入群 / 退群：     %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="113"/>
        <source>  Buyers / orders:   %1 / %2</source>
        <translation>  购买者 / 订单：   %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="114"/>
        <source>  Revenue:           %1</source>
        <translation>  营收：            %1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="115"/>
        <source>  Conversion:        %1%</source>
        <translation>  转化率：          %1%</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="116"/>
        <source>  Repurchase rate:   %1%</source>
        <translation>  复购率：          %1%</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="117"/>
        <source>  New by referral:   %1</source>
        <translation>  推荐新增：        %1</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="119"/>
        <source>Groups by health (lowest first):</source>
        <translation>按健康度排列的群（从低到高）：</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="124"/>
        <source>Groups against their targets, 30 days to %1 (missed first):</source>
        <translation>各群目标达成情况，截至 %1 的 30 天（未达成在前）：</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="136"/>
        <source>Groups gone quiet (4 weeks to %1 against the 4 before):</source>
        <translation>沉寂的群（截至 %1 的 4 周对比之前 4 周）：</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="142"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="143"/>
        <source>  %1: %2 → %3 messages a day; silent carriers: %4</source>
        <translation>  %1：每天 %2 → %3 条消息；沉默的骨干：%4</translation>
    </message>
    <message>
        <location filename="../src/app/cli/statscommand.cpp" line="147"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="25"/>
        <source>List the people of a team workspace, set their roles, remove them; back it up with pg_dump and restore a backup into a new database</source>
        <translation>列出团队工作区的成员、设置其角色、移除成员；用 pg_dump 备份，并把备份恢复到新数据库</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="42"/>
        <source>Backed up %1 to %2</source>
        <translation>已将 %1 备份到 %2</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="54"/>
        <source>Restored %1 into %2. Its people need their roles again (cohort-cli team set).</source>
        <translation>已将 %1 恢复到 %2。需要重新为成员设置角色（cohort-cli team set）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="66"/>
        <source>Team workspace (postgresql://…).</source>
        <translation>团队工作区（postgresql://…）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="66"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="67"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="70"/>
        <source>Read the password of a new login from the first line of standard input.</source>
        <translation>从标准输入的第一行读取新登录名的密码。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="72"/>
        <source>Show the options.</source>
        <translation>显示选项。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="75"/>
        <source>Folder of the team backups (default: %1).</source>
        <translation>团队备份所在的文件夹（默认：%1）。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="76"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="99"/>
        <source>Usage: cohort-cli team list --workspace postgresql://… [--json]
       cohort-cli team set --workspace postgresql://… LOGIN operator|viewer [--password-stdin]
       cohort-cli team remove --workspace postgresql://… LOGIN
       cohort-cli team backup --workspace postgresql://… [--backup-folder FOLDER]
       cohort-cli team restore --workspace postgresql://…new-database FILE.dump</source>
        <translation>用法：cohort-cli team list --workspace postgresql://… [--json]
      cohort-cli team set --workspace postgresql://… 登录名 operator|viewer [--password-stdin]
      cohort-cli team remove --workspace postgresql://… 登录名
      cohort-cli team backup --workspace postgresql://… [--backup-folder 文件夹]
      cohort-cli team restore --workspace postgresql://…新数据库 文件.dump</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="144"/>
        <source>%1 no longer belongs to this workspace.</source>
        <translation>%1 已不再属于此工作区。</translation>
    </message>
    <message>
        <location filename="../src/app/cli/teamcommand.cpp" line="156"/>
        <source>%1 is now %2 of this workspace.</source>
        <translation>%1 现在是此工作区的 %2。</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <location filename="../src/storage/teamroles.cpp" line="74"/>
        <source>Only a team workspace on a server has people and roles.</source>
        <translation>只有服务器上的团队工作区才有成员和角色。</translation>
    </message>
    <message>
        <location filename="../src/storage/teamroles.cpp" line="164"/>
        <source>A workspace has one owner, who owns its tables; Cohort does not hand that over.</source>
        <translation>工作区只有一个所有者，即其表的所有者；Cohort 不会转交所有权。</translation>
    </message>
    <message>
        <location filename="../src/storage/teamroles.cpp" line="173"/>
        <source>%1 owns this workspace; an owner&apos;s role does not change.</source>
        <translation>%1 是此工作区的所有者；所有者的角色不能更改。</translation>
    </message>
</context>
<context>
    <name>TelegramJsonHandler</name>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="191"/>
        <source>The file is not a Telegram Desktop JSON export: it is a single JSON value, not an object.</source>
        <translation>该文件不是 Telegram Desktop 导出的 JSON：它只是单个 JSON 值，而不是对象。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="315"/>
        <source>The file is not a Telegram Desktop JSON export: its top level is a list, not an object.</source>
        <translation>该文件不是 Telegram Desktop 导出的 JSON：其顶层是列表，而不是对象。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="356"/>
        <source>A nested list inside the message list was ignored.</source>
        <translation>已忽略消息列表中嵌套的列表。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="452"/>
        <source>Skipped %n chat(s) of the full-account export that were not chosen (by default personal, bot and saved-messages chats).</source>
        <translation>
            <numerusform>跳过了完整账号导出中未选择的 %n 个聊天（默认为私聊、机器人聊天和收藏的消息）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="461"/>
        <source>A message without id</source>
        <translation>一条没有 ID 的消息</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="462"/>
        <source>Message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="484"/>
        <source>%1: date_unixtime &quot;%2&quot; is not a number; ignored.</source>
        <translation>%1：date_unixtime“%2”不是数字，已忽略。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="498"/>
        <source>%1 has no valid date (&quot;%2&quot;); its date_unixtime is used as the time.</source>
        <translation>%1 没有有效日期（“%2”）；改用其 date_unixtime 作为时间。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="502"/>
        <source>%1 has no valid date (&quot;%2&quot;) and was skipped.</source>
        <translation>%1 没有有效日期（“%2”），已跳过。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="528"/>
        <source>%1 is of a kind the Telegram export could not save (&quot;unsupported&quot;); skipped.</source>
        <translation>%1 属于 Telegram 导出无法保存的类型（“unsupported”），已跳过。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="531"/>
        <source>%1 has an unknown type &quot;%2&quot;; skipped.</source>
        <translation>%1 的类型“%2”未知，已跳过。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="547"/>
        <source>%1 has no sender (neither from nor from_id).</source>
        <translation>%1 没有发送者（既没有 from 也没有 from_id）。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="577"/>
        <source>%1: the %2 action lists no members.</source>
        <translation>%1：%2 操作没有列出任何成员。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="580"/>
        <source>%1: a member of the %2 action has no name (deleted account).</source>
        <translation>%1：%2 操作中有成员没有名字（已注销的账号）。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramjsonhandler.cpp" line="642"/>
        <source>%1 is a service message without an action.</source>
        <translation>%1 是没有操作的服务消息。</translation>
    </message>
</context>
<context>
    <name>TelegramParser</name>
    <message>
        <location filename="../src/import/telegram/telegramparser.cpp" line="73"/>
        <source>The file is not UTF-8 but %1; Telegram Desktop writes its JSON export in UTF-8, so this is not an unmodified Telegram export.</source>
        <translation>该文件不是 UTF-8 而是 %1；Telegram Desktop 以 UTF-8 写入 JSON 导出，因此这不是未经修改的 Telegram 导出文件。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramparser.cpp" line="82"/>
        <source>The file is HTML, not JSON: Telegram&apos;s &quot;Human-readable HTML&quot; export cannot be imported. Export the chat again and choose &quot;Machine-readable JSON&quot; as the format.</source>
        <translation>该文件是 HTML 而不是 JSON：无法导入 Telegram 的“Human-readable HTML”导出。请重新导出聊天，并选择“Machine-readable JSON”格式。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramparser.cpp" line="104"/>
        <source>Reading the Telegram export failed at line %1: %2</source>
        <translation>读取 Telegram 导出文件时在第 %1 行失败：%2</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramparser.cpp" line="110"/>
        <source>The Telegram export is not valid JSON at line %1: %2.</source>
        <translation>Telegram 导出文件在第 %1 行不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramparser.cpp" line="119"/>
        <source>Unexpected data after the end of the JSON document at line %1 was ignored.</source>
        <translation>已忽略第 %1 行 JSON 文档结束后的多余数据。</translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramparser.cpp" line="125"/>
        <source>The file is JSON but not a Telegram Desktop export: it has no &quot;messages&quot; list.</source>
        <translation>该文件是 JSON，但不是 Telegram Desktop 导出文件：其中没有“messages”列表。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/import/telegram/telegramparser.cpp" line="132"/>
        <source>None of the chosen chats of this Telegram export holds messages (%n chat(s) not chosen: by default personal, bot and saved-messages chats). Choose the chats to import (in the console: --chats all).</source>
        <translation>
            <numerusform>此 Telegram 导出中所选的聊天都没有消息（%n 个聊天未选择：默认为私聊、机器人聊天和收藏的消息）。请选择要导入的聊天（命令行中：--chats all）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/import/telegram/telegramparser.cpp" line="136"/>
        <source>The Telegram export holds no message that could be read.</source>
        <translation>Telegram 导出文件中没有可读取的消息。</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <location filename="../src/import/textdecoding.cpp" line="118"/>
        <source>Bytes that are not valid %1 were replaced by the character U+FFFD: %2 in all, the first on line %3.</source>
        <translation>不是有效 %1 的字节已替换为字符 U+FFFD：共 %2 个，第一个在第 %3 行。</translation>
    </message>
    <message>
        <location filename="../src/import/textdecoding.cpp" line="178"/>
        <source>This file is encoded as %1, which this build of Qt cannot read. Re-save it as UTF-8 and import it again.</source>
        <translation>该文件的编码为 %1，当前 Qt 版本无法读取。请另存为 UTF-8 后重新导入。</translation>
    </message>
</context>
<context>
    <name>TextLineReader</name>
    <message>
        <location filename="../src/import/textlinereader.cpp" line="25"/>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../src/import/textlinereader.cpp" line="62"/>
        <source>The file could not be read to the end: %1</source>
        <translation>无法完整读取文件：%1</translation>
    </message>
</context>
<context>
    <name>TierPricing</name>
    <message>
        <location filename="../src/domain/tierpricing.cpp" line="60"/>
        <source>Add at least one price tier.</source>
        <translation>请至少添加一个价格阶梯。</translation>
    </message>
    <message>
        <location filename="../src/domain/tierpricing.cpp" line="62"/>
        <source>Tier %1: the number of people must be at least 1.</source>
        <translation>阶梯 %1：人数至少为 1。</translation>
    </message>
    <message>
        <location filename="../src/domain/tierpricing.cpp" line="64"/>
        <source>Tier %1: another tier already starts at this number of people.</source>
        <translation>阶梯 %1：已有其他阶梯从这个人数开始。</translation>
    </message>
    <message>
        <location filename="../src/domain/tierpricing.cpp" line="66"/>
        <source>Tier %1: the price must be greater than zero.</source>
        <translation>阶梯 %1：价格必须大于零。</translation>
    </message>
    <message>
        <location filename="../src/domain/tierpricing.cpp" line="68"/>
        <source>Tier %1: all tiers must use the same currency.</source>
        <translation>阶梯 %1：所有阶梯必须使用同一种货币。</translation>
    </message>
    <message>
        <location filename="../src/domain/tierpricing.cpp" line="70"/>
        <source>Tier %1: the price must be lower than the tier for fewer people.</source>
        <translation>阶梯 %1：价格必须低于人数更少的阶梯。</translation>
    </message>
</context>
<context>
    <name>TimeZoneChange</name>
    <message>
        <location filename="../src/storage/timezonechange.cpp" line="17"/>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1”不是已知的时区。</translation>
    </message>
    <message>
        <location filename="../src/storage/timezonechange.cpp" line="29"/>
        <source>The time zone could not be saved.</source>
        <translation>无法保存时区。</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="91"/>
        <source>Add group “%1”</source>
        <translation>添加群“%1”</translation>
    </message>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="95"/>
        <source>Edit group “%1”</source>
        <translation>编辑群“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/deletegroupscommand.cpp" line="25"/>
        <location filename="../src/models/commands/entitycommandtraits.h" line="99"/>
        <source>Delete %n group(s)</source>
        <translation>
            <numerusform>删除 %n 个群</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="111"/>
        <source>Add product “%1”</source>
        <translation>添加商品“%1”</translation>
    </message>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="115"/>
        <source>Edit product “%1”</source>
        <translation>编辑商品“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/entitycommandtraits.h" line="119"/>
        <source>Delete %n product(s)</source>
        <translation>
            <numerusform>删除 %n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="131"/>
        <source>Add campaign “%1”</source>
        <translation>添加活动“%1”</translation>
    </message>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="135"/>
        <source>Edit campaign “%1”</source>
        <translation>编辑活动“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/entitycommandtraits.h" line="139"/>
        <source>Delete %n campaign(s)</source>
        <translation>
            <numerusform>删除 %n 个活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="149"/>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="153"/>
        <source>Add order</source>
        <translation>添加订单</translation>
    </message>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="157"/>
        <source>Edit order</source>
        <translation>编辑订单</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/entitycommandtraits.h" line="161"/>
        <source>Delete %n order(s)</source>
        <translation>
            <numerusform>删除 %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="189"/>
        <source>Add member “%1”</source>
        <translation>添加成员“%1”</translation>
    </message>
    <message>
        <location filename="../src/models/commands/entitycommandtraits.h" line="193"/>
        <source>Edit member “%1”</source>
        <translation>编辑成员“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/entitycommandtraits.h" line="197"/>
        <source>Delete %n member(s)</source>
        <translation>
            <numerusform>删除 %n 名成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/setorderstatuscommand.cpp" line="17"/>
        <source>Mark %n order(s) paid</source>
        <translation>
            <numerusform>将 %n 个订单标为已付款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/setorderstatuscommand.cpp" line="19"/>
        <source>Mark %n order(s) delivered</source>
        <translation>
            <numerusform>将 %n 个订单标为已送达</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/setorderstatuscommand.cpp" line="22"/>
        <source>Mark %n order(s) refunded</source>
        <translation>
            <numerusform>将 %n 个订单标为已退款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/setorderstatuscommand.cpp" line="25"/>
        <source>Change the status of %n order(s)</source>
        <translation>
            <numerusform>更改 %n 个订单的状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/commands/importorderscommand.cpp" line="20"/>
        <source>Import %n order(s)</source>
        <translation>
            <numerusform>导入 %n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalCheckpoint</name>
    <message>
        <location filename="../src/storage/walcheckpoint.cpp" line="39"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../src/storage/walcheckpoint.cpp" line="49"/>
        <source>Your changes are saved, but only in “%1-wal”, the log beside “%1”: they could not be copied into “%1” itself (%2). Keep the two files together: copy, move or back up both or neither, and never delete the -wal file. Free at least %3 MB on that disk; Cohort finishes the copy the next time it opens the workspace.</source>
        <extracomment>%1 = workspace file name, %2 = why (e.g. &quot;the disk is full&quot;), %3 = megabytes to free</extracomment>
        <translation>您的更改已保存，但只在“%1”旁边的日志文件“%1-wal”中：它们未能写入“%1”本身（%2）。请让这两个文件始终在一起：复制、移动或备份时要么两个都带上，要么都不动，切勿删除 -wal 文件。请在该磁盘上至少腾出 %3 MB 空间；Cohort 下次打开该工作区时会完成写入。</translation>
    </message>
</context>
<context>
    <name>WeChatCsvParser</name>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="271"/>
        <source>Unrecognised WeChat system notice &quot;%1&quot;; it is kept as a system event.</source>
        <translation>无法识别的微信系统通知“%1”；已作为系统事件保留。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="296"/>
        <source>This row has %1 values where the header names %2; the extra values are ignored (reported once).</source>
        <translation>该行有 %1 个值，而表头只有 %2 列；多余的值已忽略（仅提示一次）。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="322"/>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="437"/>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="484"/>
        <source>This row has %1 values where the header names %2; it is skipped.</source>
        <translation>该行有 %1 个值，而表头有 %2 列；已跳过。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="336"/>
        <source>This row has only 9 values under the 12-column header (WeChatMsg before February 2024); such rows tell only whether you or the other person sent them.</source>
        <translation>该行在 12 列表头下只有 9 个值（2024 年 2 月之前的 WeChatMsg）；这类行只能说明是你还是对方发送的。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="345"/>
        <source>The message type &quot;%1&quot; is not a number; the row is skipped.</source>
        <translation>消息类型“%1”不是数字；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="361"/>
        <source>Neither the time &quot;%1&quot; nor CreateTime &quot;%2&quot; can be read; the row is skipped.</source>
        <translation>时间“%1”和 CreateTime“%2”都无法读取；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="369"/>
        <source>The time &quot;%1&quot; cannot be read; the UTC time from CreateTime is used as the wall-clock time.</source>
        <translation>无法读取时间“%1”；改用 CreateTime 的 UTC 时间作为本地时间。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="389"/>
        <source>Unknown WeChat message type %1 (subtype %2); such messages are imported as text.</source>
        <translation>未知的微信消息类型 %1（子类型 %2）；这类消息按文字导入。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="448"/>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="495"/>
        <source>The time &quot;%1&quot; cannot be read; the row is skipped.</source>
        <translation>无法读取时间“%1”；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="463"/>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="530"/>
        <source>Unknown WeChat message type &quot;%1&quot;; such messages are imported as text.</source>
        <translation>未知的微信消息类型“%1”；这类消息按文字导入。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="515"/>
        <source>The content column is not the JSON object {&quot;src&quot;, &quot;msg&quot;} that PyWxDump writes; its raw text is imported.</source>
        <translation>内容列不是 PyWxDump 写入的 JSON 对象 {&quot;src&quot;, &quot;msg&quot;}；已导入其原始文字。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="572"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="580"/>
        <source>Line %1 is not the header of a WeChat CSV export (WeChatMsg, MemoTrace or PyWxDump): &quot;%2&quot;.</source>
        <translation>第 %1 行不是微信 CSV 导出文件（WeChatMsg、MemoTrace 或 PyWxDump）的表头：“%2”。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="641"/>
        <source>%1 rows (the first on line %2) had only 9 values; their senders are known only as you or the other person.</source>
        <translation>有 %1 行（第一行在第 %2 行）只有 9 个值；只能知道发送者是你还是对方。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="651"/>
        <source>The WeChat CSV file has a header but no messages.</source>
        <translation>该微信 CSV 文件只有表头，没有消息。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechatcsvparser.cpp" line="652"/>
        <source>No row of this WeChat CSV file could be read; the first bad row is on line %1.</source>
        <translation>该微信 CSV 文件没有任何可读取的行；第一个错误行在第 %1 行。</translation>
    </message>
</context>
<context>
    <name>WeChatTextClassifier</name>
    <message>
        <location filename="../src/import/wechat/wechattextclassifier.cpp" line="206"/>
        <source>The system notice &quot;%1&quot; mentions a membership change or rename but its names could not be read; kept as a system record.</source>
        <translation>系统通知“%1”提到成员变动或改名，但无法读取其中的名字；已作为系统记录保留。</translation>
    </message>
</context>
<context>
    <name>WeChatTextParser</name>
    <message>
        <location filename="../src/import/wechat/wechattextparser.cpp" line="191"/>
        <source>A timestamp with neither a name nor any text; the line is skipped.</source>
        <translation>时间戳后既没有名字也没有文字；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechattextparser.cpp" line="235"/>
        <source>Line ignored: text before the first message.</source>
        <translation>已忽略该行：第一条消息之前的文字。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechattextparser.cpp" line="242"/>
        <source>The message header &quot;%1&quot; has an impossible date or time; the line is kept as message text.</source>
        <translation>消息头“%1”的日期或时间不可能存在；该行作为消息文字保留。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechattextparser.cpp" line="253"/>
        <source>This is not a WeChat text export: no line of the form &quot;2024-01-31 08:05:09 Name&quot; or &quot;Name 2024/01/31 8:05 AM&quot; was found.</source>
        <translation>这不是微信文本导出文件：没有找到形如“2024-01-31 08:05:09 名字”或“名字 2024/01/31 8:05 AM”的行。</translation>
    </message>
    <message>
        <location filename="../src/import/wechat/wechattextparser.cpp" line="263"/>
        <source>No WeChat message was found in this file: it has no line of the form &quot;2024-01-31 08:05:09 Name&quot; or &quot;Name 2024/01/31 8:05 AM&quot;.</source>
        <translation>此文件中没有找到微信消息：没有形如“2024-01-31 08:05:09 名字”或“名字 2024/01/31 8:05 AM”的行。</translation>
    </message>
</context>
<context>
    <name>WeeklyReportBuilder</name>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="69"/>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="177"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="71"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="73"/>
        <source>Active buyers</source>
        <translation>活跃购买者</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="75"/>
        <source>Active repeat buyers</source>
        <translation>活跃复购者</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="77"/>
        <source>Referring repeat buyers</source>
        <translation>带来新人的复购者</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="143"/>
        <source>Buyers</source>
        <translation>购买者</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="119"/>
        <source>All groups (%1)</source>
        <translation>全部群（%1）</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="136"/>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="162"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="137"/>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="163"/>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="139"/>
        <source>Active ratio</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="141"/>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="142"/>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="144"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="145"/>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="186"/>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="150"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="152"/>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="154"/>
        <source>New members by referral</source>
        <translation>推荐新增成员</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="156"/>
        <source>Rule violations</source>
        <translation>违规次数</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="160"/>
        <source>Daily activity</source>
        <translation>每日活跃</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="175"/>
        <source>Funnel (members of the scope during the week, each step a part of the one before)</source>
        <translation>漏斗（本周范围内的成员，每一步都是上一步的一部分）</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="188"/>
        <source>Revenue by group</source>
        <translation>各群营收</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="196"/>
        <source>Revenue by product role</source>
        <translation>各商品角色营收</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="240"/>
        <source>removed %1</source>
        <translation>%1 被移出</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="241"/>
        <source>left %1</source>
        <translation>%1 退出</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="271"/>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="338"/>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="373"/>
        <source>never wrote</source>
        <translation>从未发言</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="374"/>
        <source>silent for %1 days</source>
        <translation>已沉默 %1 天</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="395"/>
        <source>%1, due %2</source>
        <translation>%1，%2 到期</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="419"/>
        <source>joined %1</source>
        <translation>%1 入群</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="487"/>
        <source>%1 members were active this week.</source>
        <translation>本周有 %1 位成员活跃。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="489"/>
        <source>Active members rose %1 to %2.</source>
        <translation>活跃成员增长 %1，达到 %2。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="491"/>
        <source>Active members fell %1 to %2.</source>
        <translation>活跃成员减少 %1，降至 %2。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="493"/>
        <source>Active members held at %1.</source>
        <translation>活跃成员持平，为 %1。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="496"/>
        <source>They wrote %1 messages (last week %2).</source>
        <translation>他们发了 %1 条消息（上周 %2 条）。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="502"/>
        <source>New members: %1; departures: %2.</source>
        <translation>新成员：%1；离开：%2。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="511"/>
        <source>Revenue was %1 from %2 orders.</source>
        <translation>营收 %1，来自 %2 笔订单。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="513"/>
        <source>Revenue rose %1 to %2 from %3 orders.</source>
        <translation>营收增长 %1，达到 %2，来自 %3 笔订单。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="516"/>
        <source>Revenue fell %1 to %2 from %3 orders.</source>
        <translation>营收下降 %1，降至 %2，来自 %3 笔订单。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="519"/>
        <source>Revenue held at %1 from %2 orders.</source>
        <translation>营收持平，为 %1，来自 %2 笔订单。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="523"/>
        <source>%1 of %2 groups are below health %3.</source>
        <translation>%2 个群中有 %1 个健康度低于 %3。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="528"/>
        <source>All %1 groups are at health %2 or above.</source>
        <translation>全部 %1 个群的健康度都不低于 %2。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="536"/>
        <source>Activation to-do: silent seed users or experts %1; buyers due to repurchase %2; new members yet to speak %3.</source>
        <translation>激活待办：沉默的种子用户或专家 %1 位；到期应复购的买家 %2 位；尚未发言的新成员 %3 位。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="544"/>
        <source>Campaigns scheduled next week: %1.</source>
        <translation>下周计划的活动：%1。</translation>
    </message>
    <message>
        <location filename="../src/reports/weekly/weeklyreportbuilder.cpp" line="548"/>
        <source>Rule violations: %1.</source>
        <translation>违规次数：%1。</translation>
    </message>
</context>
<context>
    <name>WhatsAppChatReader</name>
    <message>
        <location filename="../src/import/whatsapp/whatsappchatreader.cpp" line="46"/>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappchatreader.cpp" line="48"/>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappchatreader.cpp" line="50"/>
        <source>year/month/day</source>
        <translation>年/月/日</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappchatreader.cpp" line="178"/>
        <source>This is not a WhatsApp chat export: no line starts with a WhatsApp timestamp such as &quot;12/31/23, 21:05 - &quot; or &quot;[31.12.23, 21:05:09] &quot;.</source>
        <translation>这不是 WhatsApp 聊天导出文件：没有任何行以 WhatsApp 时间戳开头，例如“12/31/23, 21:05 - ”或“[31.12.23, 21:05:09] ”。</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappchatreader.cpp" line="216"/>
        <source>The timestamp &quot;%1&quot; is not a valid %2 date and time; the line was skipped.</source>
        <translation>时间戳“%1”不是有效的%2日期时间；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappchatreader.cpp" line="219"/>
        <source>The timestamp &quot;%1&quot; is not a valid %2 date and time; the line was kept as text of the message above.</source>
        <translation>时间戳“%1”不是有效的%2日期时间；该行作为上一条消息的文字保留。</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappchatreader.cpp" line="230"/>
        <source>Text before the first timestamped message was ignored: &quot;%1&quot;</source>
        <translation>已忽略第一条带时间戳消息之前的文字：“%1”</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappchatreader.cpp" line="252"/>
        <source>No line of this WhatsApp chat has a valid %1 date; choose another date order or check the file.</source>
        <translation>此 WhatsApp 聊天中没有任何行包含有效的%1日期；请选择其他日期顺序或检查文件。</translation>
    </message>
</context>
<context>
    <name>WhatsAppLineReader</name>
    <message>
        <location filename="../src/import/whatsapp/whatsapplinereader.cpp" line="25"/>
        <source>The chat file could not be read: %1</source>
        <translation>无法读取聊天文件：%1</translation>
    </message>
</context>
<context>
    <name>WhatsAppParser</name>
    <message>
        <location filename="../src/import/whatsapp/whatsappparser.cpp" line="128"/>
        <source>The dates in this chat (such as &quot;%1&quot;) do not show whether the day or the month comes first; they were read as month/day/year. Choose the date order if that is wrong.</source>
        <translation>此聊天中的日期（例如“%1”）无法判断日和月哪个在前；已按 月/日/年 读取。如有错误，请选择日期顺序。</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappparser.cpp" line="132"/>
        <source>The dates in this chat (such as &quot;%1&quot;) do not show whether the day or the month comes first; they were read as day/month/year. Choose the date order if that is wrong.</source>
        <translation>此聊天中的日期（例如“%1”）无法判断日和月哪个在前；已按 日/月/年 读取。如有错误，请选择日期顺序。</translation>
    </message>
</context>
<context>
    <name>WhatsAppSource</name>
    <message>
        <location filename="../src/import/whatsapp/whatsappsource.cpp" line="36"/>
        <source>Could not create a temporary file to read the chat: %1</source>
        <translation>无法创建用于读取聊天的临时文件：%1</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappsource.cpp" line="50"/>
        <source>Could not write the temporary copy of the chat: %1</source>
        <translation>无法写入聊天的临时副本：%1</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappsource.cpp" line="69"/>
        <source>The zip archive could not be opened (error %1); it may be damaged or incomplete.</source>
        <translation>无法打开 zip 压缩包（错误 %1）；它可能已损坏或不完整。</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappsource.cpp" line="88"/>
        <source>The zip archive holds no chat text: expected _chat.txt or one .txt file.</source>
        <translation>zip 压缩包中没有聊天文字：应包含 _chat.txt 或一个 .txt 文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/import/whatsapp/whatsappsource.cpp" line="89"/>
        <source>The zip archive holds %n text files but no _chat.txt; extract the chat file and import it directly.</source>
        <translation>
            <numerusform>zip 压缩包中有 %n 个文本文件，但没有 _chat.txt；请解压出聊天文件后直接导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappsource.cpp" line="103"/>
        <location filename="../src/import/whatsapp/whatsappsource.cpp" line="110"/>
        <source>The file %1 inside the zip archive could not be read (error %2).</source>
        <translation>无法读取 zip 压缩包中的文件 %1（错误 %2）。</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappsource.cpp" line="131"/>
        <source>The file %1 inside the zip archive is damaged: its content does not match its checksum or size (error %2). Nothing was imported.</source>
        <translation>zip 压缩包中的文件 %1 已损坏：其内容与校验和或大小不符（错误 %2）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../src/import/whatsapp/whatsappsource.cpp" line="143"/>
        <source>The chat file could not be read a second time: %1</source>
        <translation>无法再次读取聊天文件：%1</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopier</name>
    <message>
        <location filename="../src/storage/workspacecopier.cpp" line="97"/>
        <source>The workspace&apos;s tables could not be listed.</source>
        <translation>无法列出工作区的表。</translation>
    </message>
    <message>
        <location filename="../src/storage/workspacecopier.cpp" line="156"/>
        <source>The two workspaces have different formats (%1 and %2); open both with this version of Cohort first.</source>
        <translation>两个工作区的格式不同（%1 和 %2）；请先用此版本的 Cohort 分别打开它们。</translation>
    </message>
    <message>
        <location filename="../src/storage/workspacecopier.cpp" line="165"/>
        <source>The target already holds a workspace; Cohort copies only into an empty one.</source>
        <translation>目标中已有工作区；Cohort 只复制到空数据库中。</translation>
    </message>
    <message>
        <location filename="../src/storage/workspacecopier.cpp" line="259"/>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>复制已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../src/storage/workspacecopier.cpp" line="283"/>
        <source>Column %1 of %2 holds a value of an unexpected type (%3).</source>
        <translation>%2 的 %1 列含有意外类型的值（%3）。</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <location filename="../src/storage/workspacelock.cpp" line="56"/>
        <source>The lock file “%1” could not be created: no permission to write in its folder.</source>
        <translation>无法创建锁文件“%1”：没有在其文件夹中写入的权限。</translation>
    </message>
    <message>
        <location filename="../src/storage/workspacelock.cpp" line="63"/>
        <source>The lock file “%1” could not be created.</source>
        <translation>无法创建锁文件“%1”。</translation>
    </message>
    <message>
        <location filename="../src/storage/workspacelock.cpp" line="89"/>
        <source>“%1” is open in another Cohort.</source>
        <translation>“%1”已在另一个 Cohort 中打开。</translation>
    </message>
    <message>
        <location filename="../src/storage/workspacelock.cpp" line="90"/>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location filename="../src/storage/workspacelock.cpp" line="91"/>
        <source>an unknown computer</source>
        <translation>未知电脑</translation>
    </message>
    <message>
        <location filename="../src/storage/workspacelock.cpp" line="96"/>
        <source>“%1” is open in Cohort by %2 on %3 (process %4) since %5.</source>
        <translation>“%1”正在被 %2 在 %3 上的 Cohort 使用（进程 %4），自 %5 起。</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettingsDialog</name>
    <message>
        <location filename="../ui/workspacesettingsdialog.ui" line="9"/>
        <source>Workspace Settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <location filename="../ui/workspacesettingsdialog.ui" line="17"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/workspacesettingsdialog.ui" line="44"/>
        <source>Every date and time of this workspace is shown, edited, filtered, printed and exported in this zone, whatever the computer’s zone is; chat times are read in it unless an import says otherwise. Changing it recomputes the daily activity.</source>
        <translation>本工作区的所有日期和时间都按此时区显示、编辑、筛选、打印和导出，与电脑所在时区无关；导入聊天记录时，除非另行指定，聊天时间也按此时区读取。更改时区会重新计算每日活跃。</translation>
    </message>
</context>
<context>
    <name>cohort::BusyTask</name>
    <message>
        <location filename="../src/ui/widgets/busytask.cpp" line="16"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/busytask.cpp" line="25"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>cohort::CalendarGrid</name>
    <message>
        <location filename="../src/ui/calendar/calendargrid.cpp" line="44"/>
        <source>MMM d</source>
        <comment>date format of a day that starts a month</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendargrid.cpp" line="162"/>
        <source>%1 groups</source>
        <translation>%1 个群</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendargrid.cpp" line="173"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/calendar/calendargrid.cpp" line="223"/>
        <location filename="../src/ui/calendar/calendargrid.cpp" line="236"/>
        <location filename="../src/ui/calendar/calendargrid.cpp" line="239"/>
        <source>+%n more</source>
        <comment>entries of a calendar day that do not fit its cell</comment>
        <translation>
            <numerusform>还有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::CalendarPane</name>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="47"/>
        <source>%1–%2</source>
        <comment>time range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="69"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="258"/>
        <source>Previous week or month (Alt+Left)</source>
        <translation>上一周或上一月（Alt+←）</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="257"/>
        <source>&amp;Previous</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="259"/>
        <source>&amp;Next</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="260"/>
        <source>Next week or month (Alt+Right)</source>
        <translation>下一周或下一月（Alt+→）</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="261"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="262"/>
        <source>Back to today (Alt+Home)</source>
        <translation>回到今天（Alt+Home）</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="263"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="264"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="265"/>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="267"/>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="319"/>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="271"/>
        <source>&amp;Agenda: today and the next 7 days</source>
        <translation>日程安排：今天及未来 7 天(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="272"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="272"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="272"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="273"/>
        <source>&amp;Copy Announcement</source>
        <translation>复制公告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="274"/>
        <source>Puts the announcement on the clipboard to paste into the group; Cohort never posts anything itself.</source>
        <translation>把公告复制到剪贴板，由你粘贴到群里；Cohort 从不自行发送任何内容。</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="276"/>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="396"/>
        <source>Week %1: %2 – %3</source>
        <translation>第 %1 周：%2 – %3</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="402"/>
        <source>MMMM yyyy</source>
        <comment>date format of the month view&apos;s title</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="415"/>
        <source>Not shown, their schedule cannot be read: %1</source>
        <translation>以下活动的日程无法读取，未显示：%1</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="434"/>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="436"/>
        <source>Tomorrow, %1</source>
        <translation>明天，%1</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="461"/>
        <source>Nothing planned</source>
        <translation>暂无安排</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="503"/>
        <source>Select an occurrence to see its announcement.</source>
        <translation>选择一场活动即可查看它的公告。</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="513"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="514"/>
        <source>%1, %2 (%3) · %4</source>
        <translation>%1，%2（%3）· %4</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="525"/>
        <source>This campaign has no announcement yet: write one on the Announcement tab of the campaign (Campaigns pane).</source>
        <translation>这个活动还没有公告：请在“活动”页面编辑活动，在“公告”页填写。</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="528"/>
        <source>Unknown placeholders left as they are: %1</source>
        <translation>未知的占位符已原样保留：%1</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="529"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/ui/calendar/calendarpane.cpp" line="546"/>
        <source>Copied: paste it into the group.</source>
        <translation>已复制：粘贴到群里即可。</translation>
    </message>
</context>
<context>
    <name>cohort::CampaignDialog</name>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="147"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="148"/>
        <source>Revenue (yuan)</source>
        <translation>营收（元）</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="149"/>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="150"/>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="184"/>
        <source>From participants</source>
        <translation>起始人数</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="150"/>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="189"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="151"/>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="152"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="153"/>
        <source>Every week on the days below</source>
        <translation>每周的以下几天</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="154"/>
        <source>Every month on a day</source>
        <translation>每月的某一天</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="155"/>
        <source>Every month on a weekday</source>
        <translation>每月的第几个星期几</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="156"/>
        <source>Custom rule (RRULE)</source>
        <translation>自定义规则（RRULE）</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="160"/>
        <source>first</source>
        <translation>第一个</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="160"/>
        <source>second</source>
        <translation>第二个</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="160"/>
        <source>third</source>
        <translation>第三个</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="160"/>
        <source>fourth</source>
        <translation>第四个</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="160"/>
        <source>last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="169"/>
        <source>last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="170"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="172"/>
        <source>Placeholders: {product} the products, {price} the price, {tiers} the price tiers, {deadline} when this occurrence ends, {group} the group’s name, {campaign} the campaign’s name.</source>
        <translation>占位符：{product} 商品，{price} 价格，{tiers} 阶梯价，{deadline} 本场结束时间，{group} 群名称，{campaign} 活动名称。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="579"/>
        <source>Enter a name for the campaign.</source>
        <translation>请输入活动名称。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="584"/>
        <source>Tick at least one weekday the campaign repeats on.</source>
        <translation>请至少勾选一个重复的星期。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="588"/>
        <source>Enter a recurrence rule such as FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>请输入重复规则，例如 FREQ=WEEKLY;BYDAY=MO。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="593"/>
        <source>The campaign must end after it starts.</source>
        <translation>活动的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="599"/>
        <source>The announcement uses an unknown placeholder {%1}.</source>
        <translation>公告里有未知的占位符 {%1}。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="625"/>
        <source>Once, on %1</source>
        <translation>仅一次：%1</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="637"/>
        <source>No occurrences.</source>
        <translation>没有场次。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="639"/>
        <source>Next occurrences:</source>
        <translation>接下来的场次：</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="639"/>
        <source>First occurrences (all in the past):</source>
        <translation>最初的场次（均已过去）：</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="524"/>
        <source>Enter each tier’s unit price as an amount such as 85 or 85.50.</source>
        <translation>请以金额形式输入每个阶梯的单价，例如 85 或 85.50。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="508"/>
        <source>A flash sale offers exactly one product: tick it under Groups and products.</source>
        <translation>秒杀只能有一件商品：请在“群和商品”页勾选一件。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="511"/>
        <source>Enter the flash price as an amount such as 19.90.</source>
        <translation>请输入秒杀价，例如 19.90。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="513"/>
        <source>Enter how many units the flash sale offers.</source>
        <translation>请输入秒杀的限量份数。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="517"/>
        <source>Tick the products of the gift pack under Groups and products.</source>
        <translation>请在“群和商品”页勾选礼包里的商品。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="533"/>
        <source>A tiered group price needs at least two tiers (e.g. 2 people 90 each, 3 people 85).</source>
        <translation>阶梯拼团至少需要两档价格（例如 2 人每人 90，3 人每人 85）。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="544"/>
        <source>Tick the items of the solitaire under Groups and products.</source>
        <translation>请在“群和商品”页勾选接龙的商品。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="548"/>
        <source>Enter the recommender’s reward as an amount such as 10.</source>
        <translation>请输入推荐人奖励金额，例如 10。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="550"/>
        <source>Enter the gift a new member receives.</source>
        <translation>请填写新成员获得的礼品。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="556"/>
        <source>Enter the red packets’ total as an amount such as 200.</source>
        <translation>请输入红包总金额，例如 200。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="558"/>
        <source>Enter how many red packets you send.</source>
        <translation>请输入要发的红包个数。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="560"/>
        <source>Each red packet needs at least 0.01: raise the total or send fewer.</source>
        <translation>每个红包至少 0.01：请提高总金额或减少个数。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="565"/>
        <source>Enter the session’s topic.</source>
        <translation>请填写课程主题。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaigndialog.cpp" line="569"/>
        <source>Enter for how many days members check in.</source>
        <translation>请输入成员需要打卡的天数。</translation>
    </message>
</context>
<context>
    <name>cohort::CampaignPane</name>
    <message>
        <location filename="../src/ui/campaigns/campaignpane.cpp" line="33"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignpane.cpp" line="39"/>
        <source>New Campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignpane.cpp" line="55"/>
        <source>Edit Campaign</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignpane.cpp" line="82"/>
        <source>No campaigns yet — plan a flash sale, a tiered group-buy or a referral day with “Add…” above.</source>
        <translation>还没有活动——用上方的“添加…”策划一场秒杀、阶梯拼团或裂变日吧。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/campaigns/campaignpane.cpp" line="88"/>
        <source>Delete %n campaign(s)?</source>
        <translation>
            <numerusform>删除 %n 个活动？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/campaigns/campaignpane.cpp" line="93"/>
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln 个活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::CampaignResultsPanel</name>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="66"/>
        <source>Results of the selected campaign</source>
        <translation>所选活动的效果</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="67"/>
        <source>Orders:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="68"/>
        <source>Participants:</source>
        <translation>参与人数：</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="69"/>
        <source>Revenue:</source>
        <translation>营收：</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="70"/>
        <source>Tier reached:</source>
        <translation>达到的阶梯：</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="71"/>
        <source>New members:</source>
        <translation>新成员：</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="72"/>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="93"/>
        <source>Select a campaign to see its orders, participants, revenue and new members.</source>
        <translation>选择一个活动，查看它的订单、参与人数、营收和新成员。</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="89"/>
        <source>The results could not be read: %1</source>
        <translation>无法读取活动效果：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="104"/>
        <source> (and %n order(s) in other currencies)</source>
        <translation>
            <numerusform>（另有 %n 笔其他币种的订单）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="107"/>
        <source>no price tiers</source>
        <translation>无阶梯价</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="109"/>
        <source>none yet</source>
        <translation>尚未达到</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="111"/>
        <source>%1 people: %2 each</source>
        <translation>%1 人：每人 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="115"/>
        <source>%1 (%2 referred)</source>
        <translation>%1（其中 %2 人由推荐加入）</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="119"/>
        <source>no goal set</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="132"/>
        <source>revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="133"/>
        <source>new members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="134"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="136"/>
        <source>%1 of %2 %3 (%4%)</source>
        <translation>%3：%1 / %2（%4%）</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="138"/>
        <source>%1% of the goal</source>
        <translation>完成目标的 %1%</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="139"/>
        <source>Goal reached</source>
        <translation>目标完成度</translation>
    </message>
    <message>
        <location filename="../src/ui/campaigns/campaignresultspanel.cpp" line="142"/>
        <source>Window %1 – %2: orders linked to the campaign (refunds left out); new members joined its groups in the window.</source>
        <translation>统计期 %1 – %2：关联到本活动的订单（不含退款）；新成员为统计期内加入其目标群的成员。</translation>
    </message>
</context>
<context>
    <name>cohort::ChartPanel</name>
    <message>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="64"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="65"/>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="66"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="67"/>
        <source>Save the numbers behind this chart as CSV</source>
        <translation>将此图表背后的数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="96"/>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="99"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="97"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="99"/>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="108"/>
        <source>“%1” could not be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="105"/>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="108"/>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/chartpanel.cpp" line="106"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>cohort::DashboardFilters</name>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="140"/>
        <source>&amp;Groups:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="141"/>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="142"/>
        <source>&amp;By:</source>
        <translation>按(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="146"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="147"/>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="148"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="149"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="150"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="151"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="152"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="153"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="159"/>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="253"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="160"/>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="253"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="161"/>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="253"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="164"/>
        <source>Auto shows days, weeks or months, whichever keeps a chart under %1 periods.</source>
        <translation>自动：按日、周或月显示，使每张图不超过 %1 个时段。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="166"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="167"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="168"/>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="217"/>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="287"/>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="169"/>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="218"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个群</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="255"/>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="402"/>
        <source>Nothing happened between %1 and %2; the newest data is from %3.</source>
        <translation>%1 至 %2 之间没有数据；最新数据来自 %3。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="409"/>
        <source>%1 Showing %2 – %3.</source>
        <translation>%1现显示 %2 – %3。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardfilters.cpp" line="414"/>
        <source>Show %1 – %2</source>
        <translation>显示 %1 – %2</translation>
    </message>
</context>
<context>
    <name>cohort::DashboardPane</name>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="108"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="112"/>
        <source>Could not compute the dashboard: %1</source>
        <translation>无法计算看板：%1</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="140"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="442"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="173"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="206"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="411"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="415"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="468"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="541"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="202"/>
        <source>Nothing to chart yet.

Import a chat export (File ▸ Import…) or add groups, members and orders, and the dashboard fills in. Help ▸ Fill with Demo Data shows what it looks like.</source>
        <translation>暂时没有可绘制的数据。

导入聊天记录（文件 ▸ 导入…），或添加群、成员和订单，看板就会显示内容。“帮助 ▸ 填充演示数据”可以预览效果。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="207"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="415"/>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="208"/>
        <source>Active ratio</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="209"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="415"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="428"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="541"/>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="210"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="416"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="432"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="541"/>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="211"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="512"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="542"/>
        <source>Buyers</source>
        <translation>购买者</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="212"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="542"/>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="213"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="542"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="214"/>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="215"/>
        <source>New by referral</source>
        <translation>推荐新增</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="243"/>
        <source>Messages and active members</source>
        <translation>消息与活跃成员</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="244"/>
        <source>Joins and leaves</source>
        <translation>入群与退群</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="245"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="246"/>
        <source>Revenue by group and product role</source>
        <translation>按群和商品角色划分的营收</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="247"/>
        <source>When members write (weekday × hour)</source>
        <translation>成员发言时间（星期 × 小时）</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="248"/>
        <source>Repurchase cohorts (share buying again, by month of first purchase)</source>
        <translation>复购同期群（按首购月份统计再次购买的比例）</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="249"/>
        <source>Top contributors</source>
        <translation>最活跃发言者</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="250"/>
        <source>Top referrers</source>
        <translation>最佳推荐人</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="251"/>
        <source>Portfolio</source>
        <translation>群组总览</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="262"/>
        <source>Messages by weekday and hour in the workspace time zone: post when the colour is darkest. Click a cell for who writes then.</source>
        <translation>按工作区时区的星期和小时统计的消息数：颜色最深时发布效果最好。点击格子查看那时谁在发言。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="216"/>
        <source>Silent at range end</source>
        <translation>期末沉默成员</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="220"/>
        <source>Messages written in the range.</source>
        <translation>范围内发送的消息。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="221"/>
        <source>Members who wrote in the range: the funnel&apos;s Active step.</source>
        <translation>范围内发过言的成员，即漏斗的“活跃”一步。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="222"/>
        <source>Active members ÷ members of the scope during the range (those who left count).</source>
        <translation>活跃成员 ÷ 范围内在群成员（中途退群的也计入）。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="223"/>
        <source>Joins in the range.</source>
        <translation>范围内的入群。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="224"/>
        <source>Leaves and removals in the range.</source>
        <translation>范围内的退群和移出。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="225"/>
        <source>Members with a sale in the range, whether they wrote or not (the funnel counts only active buyers).</source>
        <translation>范围内有成交的成员，无论是否发言（漏斗只计活跃购买者）。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="227"/>
        <source>Sales (orders not refunded) in the range.</source>
        <translation>范围内的成交（未退款的订单）。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="228"/>
        <source>Buyers ÷ members of the scope during the range.</source>
        <translation>购买者 ÷ 范围内在群成员。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="229"/>
        <source>Buyers with two or more sales ÷ buyers.</source>
        <translation>有两笔及以上成交的购买者 ÷ 购买者。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="230"/>
        <source>Members new to the scope in the range whom someone referred.</source>
        <translation>范围内新加入且有推荐人的成员。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="231"/>
        <source>Members at the end of the range who wrote nothing in the last %n day(s) of it, or never.</source>
        <translation>
            <numerusform>范围结束时在群、最后 %n 天内未发言或从未发言的成员。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="239"/>
        <source>Click to see the members behind this number.</source>
        <translation>点击查看这个数字背后的成员。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="256"/>
        <source>Members of the scope during the range (those who left count) → of them, who wrote (active) → of those, who bought → who bought twice or more → who also referred a newcomer in the range. Each step is a part of the one before. Click a bar for the list.</source>
        <translation>范围内在群的成员（中途退群的也计入）→ 其中发过言的（活跃）→ 其中购买过的 → 购买两次及以上的 → 还在范围内带来新人的。每一步都是上一步的一部分。点击条形查看名单。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="415"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="444"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="444"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="540"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="444"/>
        <source>Share of previous step</source>
        <translation>占上一步比例</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="445"/>
        <source>Share of members</source>
        <translation>占成员比例</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="454"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="540"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="468"/>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="475"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="475"/>
        <source>New members brought</source>
        <translation>带来的新成员</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="487"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="511"/>
        <source>+%1 mo</source>
        <translation>+%1 个月</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="512"/>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="516"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="540"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="540"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="541"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="542"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="543"/>
        <source>Repurchase</source>
        <translation>复购</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/dashboardpane.cpp" line="555"/>
        <source>Activity %1 + growth %2 + conversion %3 + discipline %4

%5</source>
        <translation>活跃度 %1 + 增长 %2 + 转化 %3 + 纪律 %4

%5</translation>
    </message>
</context>
<context>
    <name>cohort::Database</name>
    <message>
        <location filename="../src/storage/database.cpp" line="47"/>
        <source>The workspace could not switch to write-ahead logging (journal mode “%1”); its folder may be on a file system that does not support it.</source>
        <translation>工作区无法切换到预写日志（日志模式“%1”）；其所在文件夹可能位于不支持该模式的文件系统上。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="63"/>
        <location filename="../src/storage/database.cpp" line="234"/>
        <source>“%1” is not a Cohort workspace.</source>
        <translation>“%1”不是 Cohort 工作区。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="66"/>
        <location filename="../src/storage/database.cpp" line="102"/>
        <location filename="../src/storage/database.cpp" line="109"/>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="76"/>
        <source>“%1” is damaged: its integrity check failed (%2 findings). It was left untouched.</source>
        <translation>“%1”已损坏：完整性检查未通过（%2 项发现）。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="111"/>
        <location filename="../src/storage/database.cpp" line="123"/>
        <location filename="../src/storage/database.cpp" line="239"/>
        <source>“%1” is a database, but not a Cohort workspace.</source>
        <translation>“%1”是数据库，但不是 Cohort 工作区。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="137"/>
        <source>The team server refused this: your role does not allow it. Nothing was saved (%1).</source>
        <translation>团队服务器拒绝了此操作：您的角色不允许。未保存任何内容（%1）。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="146"/>
        <source>The team workspace is busy with someone else&apos;s change. Try again in a moment.</source>
        <translation>团队工作区正忙于他人的修改，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="151"/>
        <source>The connection to the team server was lost. Nothing was saved (%1).</source>
        <translation>与团队服务器的连接已断开。未保存任何内容（%1）。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="156"/>
        <source>The team server is out of disk space or memory. Nothing was saved (%1).</source>
        <translation>团队服务器的磁盘空间或内存不足。未保存任何内容（%1）。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="162"/>
        <source>The team server did not accept your login (%1).</source>
        <translation>团队服务器未接受您的登录（%1）。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="172"/>
        <source>The workspace connection could not be set up (foreign keys, lock timeout).</source>
        <translation>无法建立工作区连接（外键、锁等待时间）。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="224"/>
        <location filename="../src/storage/database.cpp" line="325"/>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="229"/>
        <location filename="../src/storage/database.cpp" line="250"/>
        <source>“%1” could not be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="258"/>
        <location filename="../src/storage/database.cpp" line="512"/>
        <source>“%1” was written by a newer version of Cohort (workspace format %2; this version reads up to %3). Update Cohort to open it.</source>
        <translation>“%1”由较新版本的 Cohort 写入（工作区格式 %2；此版本最多支持 %3）。请更新 Cohort 后再打开。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="315"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="339"/>
        <location filename="../src/storage/database.cpp" line="523"/>
        <source>“%1” uses an older workspace format and must be upgraded, which needs write access.</source>
        <translation>“%1”使用旧的工作区格式，需要升级，而升级需要写入权限。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="425"/>
        <source>“%1” is not a team server address: %2</source>
        <translation>“%1”不是团队服务器地址：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="432"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed; a team workspace cannot be opened without it.</source>
        <translation>未安装 Qt PostgreSQL 驱动（QPSQL），无法打开团队工作区。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="452"/>
        <source>Cohort could not connect to “%1”: %2</source>
        <translation>Cohort 无法连接到“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="477"/>
        <location filename="../src/storage/database.cpp" line="504"/>
        <source>The database “%1” holds tables, but no Cohort workspace.</source>
        <translation>数据库“%1”中有表，但不是 Cohort 工作区。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="483"/>
        <source>The database “%1” is empty: publish a workspace to it first (File ▸ Publish to Team Server…).</source>
        <translation>数据库“%1”是空的：请先向其发布一个工作区（文件 ▸ 发布到团队服务器…）。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="569"/>
        <location filename="../src/storage/database.cpp" line="801"/>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="804"/>
        <source>A team workspace is not copied into a file here: export it (cohort-cli export-local) or back the server up.</source>
        <translation>团队工作区不能在此复制为文件：请导出（cohort-cli export-local）或备份服务器。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="813"/>
        <source>The copy “%1” could not be written: %2</source>
        <translation>无法写入副本“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="837"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="841"/>
        <source>The disk reported an input/output error. Nothing was saved (%1).</source>
        <translation>磁盘报告输入/输出错误。未保存任何内容（%1）。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="845"/>
        <source>The workspace is read-only. Nothing was saved.</source>
        <translation>工作区是只读的。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="850"/>
        <source>The workspace is busy in another program. Try again in a moment.</source>
        <translation>工作区正被其他程序使用。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="853"/>
        <source>The workspace is damaged (%1).</source>
        <translation>工作区已损坏（%1）。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="856"/>
        <source>This file is not a Cohort workspace.</source>
        <translation>此文件不是 Cohort 工作区。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="859"/>
        <source>The workspace could not be opened (%1).</source>
        <translation>无法打开工作区（%1）。</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="163"/>
        <location filename="../src/storage/database.cpp" line="861"/>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <location filename="../src/storage/grouprepository.cpp" line="178"/>
        <source>The group no longer exists.</source>
        <translation>该群已不存在。</translation>
    </message>
    <message>
        <location filename="../src/storage/migrator.cpp" line="92"/>
        <source>Upgrading the workspace to format %1 failed: %2</source>
        <translation>将工作区升级到格式 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="142"/>
        <location filename="../src/storage/sqltransaction.cpp" line="27"/>
        <source>The workspace is open read-only. Nothing was saved.</source>
        <translation>工作区以只读方式打开。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../src/storage/sqltransaction.cpp" line="23"/>
        <source>The team server refused this: your role does not allow it. Nothing was saved.</source>
        <translation>团队服务器拒绝了此操作：你的角色不允许。没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>cohort::DemoDataRunner</name>
    <message>
        <location filename="../src/ui/demodatarunner.cpp" line="15"/>
        <source>Filling the workspace with demo data…</source>
        <translation>正在用演示数据填充工作区…</translation>
    </message>
    <message>
        <location filename="../src/ui/demodatarunner.cpp" line="15"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/demodatarunner.cpp" line="17"/>
        <source>Demo Data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>cohort::DrillDownDialog</name>
    <message numerus="yes">
        <location filename="../src/ui/dashboards/drilldowndialog.cpp" line="20"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/drilldowndialog.cpp" line="21"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/drilldowndialog.cpp" line="21"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/drilldowndialog.cpp" line="36"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>cohort::EntityPane</name>
    <message>
        <location filename="../src/ui/widgets/entitypane.cpp" line="33"/>
        <location filename="../src/ui/widgets/entitypane.cpp" line="116"/>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/entitypane.cpp" line="114"/>
        <location filename="../src/ui/widgets/entitypane.cpp" line="127"/>
        <source>Exporting to “%1”…</source>
        <translation>正在导出到“%1”…</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/entitypane.cpp" line="115"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/widgets/entitypane.cpp" line="156"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/entitypane.cpp" line="215"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cohort::ErrorBanner</name>
    <message>
        <location filename="../src/ui/widgets/errorbanner.cpp" line="94"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/errorbanner.cpp" line="95"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/errorbanner.cpp" line="96"/>
        <source>Show the statement and the database’s message</source>
        <translation>显示语句和数据库的消息</translation>
    </message>
</context>
<context>
    <name>cohort::GroupDialog</name>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="50"/>
        <location filename="../src/ui/groups/groupdialog.cpp" line="262"/>
        <source>&amp;Targets</source>
        <translation>目标值(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="77"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="209"/>
        <source>Enter a name for the group.</source>
        <translation>请输入群名称。</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="216"/>
        <source>Enter the entry fee as an amount such as 99 or 99.50.</source>
        <translation>请以金额形式输入入群费用，例如 99 或 99.50。</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="218"/>
        <source>A paid entry needs a fee above zero.</source>
        <translation>付费入群的费用必须大于零。</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="233"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="234"/>
        <source>Approved promoters are chosen from the group&apos;s members in the Violations pane&apos;s Rule Settings. In a private garden their links, cards and ads do not count as violations.</source>
        <translation>获准推广的成员在违规记录页面的“规则设置”里从群成员中选择。在私域群中，他们发的链接、卡片和广告不算违规。</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="239"/>
        <source>Noted here before: %1</source>
        <translation>此前在此记下的：%1</translation>
    </message>
</context>
<context>
    <name>cohort::GroupListModel</name>
    <message>
        <location filename="../src/models/grouplistmodel.cpp" line="117"/>
        <source>Targets</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <location filename="../src/models/grouplistmodel.cpp" line="119"/>
        <source>Each group against the targets of its goals over the last 30 days of data</source>
        <translation>每个群在最近 30 天数据中对照自身目标的情况</translation>
    </message>
</context>
<context>
    <name>cohort::GroupPane</name>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="186"/>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="192"/>
        <source>New Group</source>
        <translation>新建群</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="212"/>
        <source>Edit Group</source>
        <translation>编辑群</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="257"/>
        <source>The groups were not deleted: %1</source>
        <translation>群未删除：%1</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="265"/>
        <source>No groups yet — add one with “Add…” above, or fill the workspace with demo data from the Help menu.</source>
        <translation>还没有群——用上方的“添加…”新建一个，或从“帮助”菜单用演示数据填充工作区。</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="105"/>
        <source>Show Messages</source>
        <translation>查看消息</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="106"/>
        <source>Show the messages of the selected group</source>
        <translation>查看所选群的消息</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="107"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="120"/>
        <source>Import history: select one group.</source>
        <translation>导入记录：请选择一个群。</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="128"/>
        <source>Import history of “%1”: nothing imported yet.</source>
        <translation>“%1”的导入记录：尚未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="129"/>
        <source>Import history of “%1”:</source>
        <translation>“%1”的导入记录：</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/groups/grouppane.cpp" line="276"/>
        <source>Delete %n group(s)? Their memberships and imported messages are deleted with them. You can undo this until the workspace is closed.</source>
        <translation>
            <numerusform>删除 %n 个群？其成员关系和导入的消息将一并删除。在关闭工作区之前可以撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/groups/grouppane.cpp" line="280"/>
        <source>Delete %n group(s)? %1 memberships and %2 messages are deleted with them. You can undo this until the workspace is closed.</source>
        <translation>
            <numerusform>删除 %n 个群？%1 条成员关系和 %2 条消息将一并删除。在关闭工作区之前可以撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/groups/grouppane.cpp" line="288"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln 个群</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::GroupTargetsPanel</name>
    <message>
        <location filename="../src/ui/groups/grouptargetspanel.cpp" line="33"/>
        <source>Set Goals…</source>
        <translation>设定目标…</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptargetspanel.cpp" line="34"/>
        <source>Open the group&apos;s goals and targets</source>
        <translation>打开该群的社群目标和目标值</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptargetspanel.cpp" line="42"/>
        <source>Targets: select one group.</source>
        <translation>目标达成：请选择一个群。</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptargetspanel.cpp" line="43"/>
        <source>Targets of “%1”: computing…</source>
        <translation>“%1”的目标达成：正在计算…</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptargetspanel.cpp" line="47"/>
        <source>“%1” has no positioning yet: tick its goals to judge it by its own numbers.</source>
        <translation>“%1”尚未定位：勾选它的社群目标，即可按它自己的数字考核。</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptargetspanel.cpp" line="53"/>
        <source>Targets of “%1”, %2 – %3: %4</source>
        <extracomment>%1 group name, %2 first day, %3 last day of the 30 days, %4 met/near/missed</extracomment>
        <translation>“%1”的目标达成，%2 – %3：%4</translation>
    </message>
</context>
<context>
    <name>cohort::GroupTrashJob</name>
    <message numerus="yes">
        <location filename="../src/ui/groups/grouptrashjob.cpp" line="45"/>
        <source>Deleting %n group(s)…</source>
        <translation>
            <numerusform>正在删除 %n 个群…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptrashjob.cpp" line="46"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptrashjob.cpp" line="50"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptrashjob.cpp" line="86"/>
        <source>Restoring deleted groups…</source>
        <translation>正在恢复已删除的群…</translation>
    </message>
</context>
<context>
    <name>cohort::HeatGridWidget</name>
    <message>
        <location filename="../src/ui/dashboards/heatgridwidget.cpp" line="122"/>
        <source>No data for this range</source>
        <translation>此范围内没有数据</translation>
    </message>
</context>
<context>
    <name>cohort::ImportFilesWizardPage</name>
    <message>
        <location filename="../src/ui/importwizard/importfileswizardpage.cpp" line="26"/>
        <location filename="../src/ui/importwizard/importfileswizardpage.cpp" line="117"/>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importfileswizardpage.cpp" line="91"/>
        <source>Choose Chat Exports</source>
        <translation>选择聊天导出文件</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importfileswizardpage.cpp" line="92"/>
        <source>Chat exports (*.txt *.zip *.json *.csv);;All files (*)</source>
        <translation>聊天导出文件 (*.txt *.zip *.json *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cohort::ImportHistoryModel</name>
    <message>
        <location filename="../src/models/importhistorymodel.cpp" line="90"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../src/models/importhistorymodel.cpp" line="111"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/models/importhistorymodel.cpp" line="113"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../src/models/importhistorymodel.cpp" line="115"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../src/models/importhistorymodel.cpp" line="117"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../src/models/importhistorymodel.cpp" line="119"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../src/models/importhistorymodel.cpp" line="121"/>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location filename="../src/models/importhistorymodel.cpp" line="123"/>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../src/models/importhistorymodel.cpp" line="125"/>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../src/models/importhistorymodel.cpp" line="127"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>cohort::ImportPreviewWizardPage</name>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="122"/>
        <source>Not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="123"/>
        <source>%1 This file will be skipped.</source>
        <translation>%1 此文件将被跳过。</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="128"/>
        <source>%1 (confidence %2%)</source>
        <translation>%1（置信度 %2%）</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="131"/>
        <source>The dates do not show whether the day or the month comes first: you will choose the date order on the next page.</source>
        <translation>从日期上看不出是日在前还是月在前：请在下一页选择日期顺序。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="134"/>
        <source>People and counts cover the first %n record(s) of a large file.</source>
        <translation>
            <numerusform>文件较大，发言人和条数只统计了前 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="137"/>
        <source>The file holds %n chat(s).</source>
        <translation>
            <numerusform>此文件包含 %n 个聊天。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="139"/>
        <source>No messages were found in this file.</source>
        <translation>此文件中没有找到消息。</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="189"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="189"/>
        <source>Author</source>
        <translation>发送者</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="189"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="189"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="190"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="190"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="191"/>
        <source>First messages</source>
        <translation>前几条消息</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importpreviewwizardpage.cpp" line="192"/>
        <source>People</source>
        <translation>发言人</translation>
    </message>
</context>
<context>
    <name>cohort::ImportRunWizardPage</name>
    <message>
        <location filename="../src/ui/importwizard/importrunwizardpage.cpp" line="26"/>
        <location filename="../src/ui/importwizard/importrunwizardpage.cpp" line="220"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importrunwizardpage.cpp" line="117"/>
        <source>Cancelling: undoing what was read so far…</source>
        <translation>正在取消：撤销已读取的内容…</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importrunwizardpage.cpp" line="131"/>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>正在读取 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importrunwizardpage.cpp" line="146"/>
        <source>%1 of %2 read, %3 messages/s</source>
        <translation>已读取 %1 / %2，每秒 %3 条消息</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importrunwizardpage.cpp" line="160"/>
        <source>Saving %1 (%2 of %3): building indexes…</source>
        <translation>正在保存 %1（第 %2 个，共 %3 个）：正在建立索引…</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importrunwizardpage.cpp" line="171"/>
        <source>Saving the workspace…</source>
        <translation>正在保存工作区…</translation>
    </message>
</context>
<context>
    <name>cohort::ImportSummaryWizardPage</name>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="25"/>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="182"/>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="68"/>
        <source>The import could not be saved: %1 The workspace is unchanged.</source>
        <translation>导入无法保存：%1 工作区未作任何更改。</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="71"/>
        <source>The import was cancelled. The workspace is unchanged.</source>
        <translation>导入已取消，工作区未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="73"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="75"/>
        <source>%n file(s) imported; the others were not changed and their problems are listed below.</source>
        <translation>
            <numerusform>已导入 %n 个文件；其余文件未作更改，问题列在下方。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="100"/>
        <source>Not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="102"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="104"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="106"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="136"/>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="137"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="140"/>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="142"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="144"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="145"/>
        <source>No warnings or errors.</source>
        <translation>没有警告或错误。</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="154"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="154"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="154"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="154"/>
        <source>Messages added</source>
        <translation>新增消息</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="154"/>
        <source>Duplicates skipped</source>
        <translation>跳过的重复消息</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="155"/>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="155"/>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="155"/>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="155"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importsummarywizardpage.cpp" line="155"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>cohort::ImportTargetWizardPage</name>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="94"/>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="127"/>
        <source>New group</source>
        <translation>新建群</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="105"/>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="137"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="106"/>
        <source>Day/month/year (31/12/2024)</source>
        <translation>日/月/年（31/12/2024）</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="107"/>
        <source>Month/day/year (12/31/2024)</source>
        <translation>月/日/年（12/31/2024）</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="108"/>
        <source>Year/month/day (2024/12/31)</source>
        <translation>年/月/日（2024/12/31）</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="127"/>
        <source>A new group per chat of the file</source>
        <translation>文件中每个聊天各建一个新群</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="137"/>
        <source>As in the file</source>
        <translation>按文件中的顺序</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="139"/>
        <source>The dates in this file do not show whether the day or the month comes first. Choose the order your phone uses.</source>
        <translation>从此文件的日期看不出是日在前还是月在前。请选择你的手机所用的顺序。</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="180"/>
        <source>This export holds no group or channel, only personal chats. Check the ones to import; each goes into a group of its own.</source>
        <translation>此导出不含群组或频道，只有私聊。请勾选要导入的聊天；每个聊天导入各自的群组。</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="229"/>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>“%1”不是时区，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="235"/>
        <source>Choose the date order of %1.</source>
        <translation>请选择 %1 的日期顺序。</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="237"/>
        <source>Name the new group of %1.</source>
        <translation>请为 %1 的新群命名。</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="239"/>
        <source>Check at least one chat of %1.</source>
        <translation>请在 %1 中至少勾选一个聊天。</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importtargetwizardpage.cpp" line="251"/>
        <source>%1 (choose the date order)</source>
        <translation>%1（请选择日期顺序）</translation>
    </message>
</context>
<context>
    <name>cohort::ImportWizard</name>
    <message>
        <location filename="../src/ui/importwizard/importwizard.cpp" line="83"/>
        <source>Import Chat Exports</source>
        <translation>导入聊天导出文件</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importwizard.cpp" line="85"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importwizard.cpp" line="86"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importwizard.cpp" line="87"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importwizard.cpp" line="88"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/ui/importwizard/importwizard.cpp" line="89"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cohort::KpiCard</name>
    <message>
        <location filename="../src/ui/dashboards/kpicard.cpp" line="52"/>
        <location filename="../src/ui/dashboards/kpicard.cpp" line="60"/>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/kpicard.cpp" line="54"/>
        <source>▲ new this period</source>
        <translation>▲ 本期新增</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/kpicard.cpp" line="62"/>
        <source>▲ %1% vs previous period</source>
        <translation>▲ 较上期 %1%</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/kpicard.cpp" line="65"/>
        <source>▼ %1% vs previous period</source>
        <translation>▼ 较上期 %1%</translation>
    </message>
</context>
<context>
    <name>cohort::KpiTargetsEditor</name>
    <message>
        <location filename="../src/ui/groups/kpitargetseditor.cpp" line="47"/>
        <source>Each goal is judged by its own numbers over the last 30 days of data: met at or above the target, near from 80% of it. Targets of goals that are not ticked are kept but not used.</source>
        <translation>每个社群目标按它自己的数字、用最近 30 天的数据考核：达到目标为达成，达到目标的 80% 为接近。未勾选目标的目标值会保留，但不参与考核。</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/kpitargetseditor.cpp" line="52"/>
        <source>New joins in the 30 days</source>
        <translation>30 天内新入群人数</translation>
    </message>
    <message>
        <location filename="../src/ui/groups/kpitargetseditor.cpp" line="54"/>
        <source>Messages in the 30 days ÷ members who wrote in them</source>
        <translation>30 天内的消息数 ÷ 其间发过言的成员数</translation>
    </message>
</context>
<context>
    <name>cohort::LedgerEntriesModel</name>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="87"/>
        <source>Referral rebate</source>
        <translation>推荐返利</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="89"/>
        <source>Partner commission</source>
        <translation>合伙人佣金</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="91"/>
        <source>Recruiter commission</source>
        <translation>招募人佣金</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="93"/>
        <source>Reversal</source>
        <translation>冲回</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="131"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="142"/>
        <source>Outstanding</source>
        <translation>未支付</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="154"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="156"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="158"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="160"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="162"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../src/models/ledgerentriesmodel.cpp" line="164"/>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
</context>
<context>
    <name>cohort::LedgerPane</name>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="64"/>
        <source>Ledger</source>
        <translation>分润账本</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="133"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="139"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="139"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="139"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="139"/>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="139"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="142"/>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="143"/>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="144"/>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="145"/>
        <source>Referral rebate, points and membership tiers</source>
        <translation>推荐返利、积分和会员等级</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="146"/>
        <source>&amp;Credit Points Now</source>
        <translation>立即发放积分(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="149"/>
        <source>Credits the activity and referral points members have earned since the last time</source>
        <translation>发放成员自上次以来获得的活跃积分和推荐积分</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="150"/>
        <source>Payouts</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="151"/>
        <source>Partners</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="152"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpane.cpp" line="365"/>
        <source>The points could not be credited.</source>
        <translation>无法发放积分。</translation>
    </message>
</context>
<context>
    <name>cohort::LedgerPartnersView</name>
    <message>
        <location filename="../src/ui/ledger/ledgerpartnersview.cpp" line="85"/>
        <source>&amp;Add Partner…</source>
        <translation>添加合伙人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpartnersview.cpp" line="86"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpartnersview.cpp" line="87"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpartnersview.cpp" line="89"/>
        <source>Partners (团长) earn a commission on paid orders in their groups; the partner who recruited them earns their own share on the same orders. Never more than two levels.</source>
        <translation>合伙人（团长）从其群内的已付订单中获得佣金；招募他的合伙人从同一订单中获得自己的分成。最多两级。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpartnersview.cpp" line="91"/>
        <source>Partners</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpartnersview.cpp" line="92"/>
        <source>Partner</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpartnersview.cpp" line="92"/>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpartnersview.cpp" line="92"/>
        <source>Groups</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpartnersview.cpp" line="93"/>
        <source>Recruited by</source>
        <translation>招募人</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpartnersview.cpp" line="93"/>
        <source>Recruiter&apos;s share</source>
        <translation>招募人分成</translation>
    </message>
</context>
<context>
    <name>cohort::LedgerPayoutsView</name>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="145"/>
        <source>Mark Selected &amp;Paid</source>
        <translation>将所选标为已支付(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="146"/>
        <source>Mark &amp;All Paid</source>
        <translation>全部标为已支付(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="149"/>
        <source>Export &amp;Totals…</source>
        <translation>导出汇总(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="150"/>
        <source>Export &amp;Entries…</source>
        <translation>导出明细(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="151"/>
        <source>Payout totals</source>
        <translation>结算汇总</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="152"/>
        <source>Ledger entries</source>
        <translation>账本明细</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="225"/>
        <source>No rebates or commissions in this period. Set a referral rebate under Rules… or add partners; entries appear here when orders are paid and are reversed when they are refunded.</source>
        <translation>此期间没有返利或佣金。可在“规则…”中设置推荐返利，或添加合伙人；订单付款后记录会出现在这里，退款时会被冲回。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="229"/>
        <source>Select a member above to see their entries.</source>
        <translation>在上方选择一位成员以查看其明细。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="234"/>
        <source>Entries of %1</source>
        <translation>%1 的明细</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="267"/>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="277"/>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="289"/>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="294"/>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpayoutsview.cpp" line="289"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>cohort::LedgerPointsView</name>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="54"/>
        <source>M&amp;ember:</source>
        <translation>成员(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="55"/>
        <source>Points ledger</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="57"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="57"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="57"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="57"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="71"/>
        <source>Active days</source>
        <translation>活跃天数</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="73"/>
        <source>Purchase</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="75"/>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="77"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="79"/>
        <source>Redeemed</source>
        <translation>已兑换</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="94"/>
        <source>Choose a member to see their points.</source>
        <translation>选择一位成员以查看其积分。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="133"/>
        <source>Balance: %1 points · tier %2</source>
        <translation>余额：%1 积分 · 等级 %2</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerpointsview.cpp" line="134"/>
        <source>Balance: %1 points</source>
        <translation>余额：%1 积分</translation>
    </message>
</context>
<context>
    <name>cohort::LedgerRulesDialog</name>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="42"/>
        <source>Campaign rebates</source>
        <translation>活动返利</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="64"/>
        <source>Membership tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="161"/>
        <source>Choose a campaign</source>
        <translation>选择活动</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="167"/>
        <source>Fixed amount (CNY)</source>
        <translation>固定金额（人民币）</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="167"/>
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="178"/>
        <source>No referral rebate</source>
        <translation>不设推荐返利</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="178"/>
        <source>Fixed amount per paid order</source>
        <translation>每笔已付订单固定金额</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="179"/>
        <source>Percentage of the order total</source>
        <translation>订单总额的百分比</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="183"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="183"/>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="183"/>
        <source>Points or total spend</source>
        <translation>积分或累计消费</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="288"/>
        <source>Enter the rebate&apos;s currency as a three-letter code such as CNY.</source>
        <translation>请用三个字母的代码输入返利币种，例如 CNY。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="290"/>
        <source>Enter the rebate per paid order, e.g. 5.00.</source>
        <translation>请输入每笔已付订单的返利，例如 5.00。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="292"/>
        <source>Enter a share above 0 %, or choose no referral rebate.</source>
        <translation>请输入大于 0 % 的比例，或选择不设推荐返利。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="300"/>
        <source>Campaign rebate %1: choose its campaign.</source>
        <translation>活动返利 %1：请选择活动。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="302"/>
        <source>Campaign rebate %1: that campaign has a rebate already.</source>
        <translation>活动返利 %1：该活动已有返利。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="308"/>
        <source>Campaign rebate %1: enter an amount such as 5.00, or a share between 0 and 100 %.</source>
        <translation>活动返利 %1：请输入金额（例如 5.00），或 0 到 100 % 之间的比例。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="314"/>
        <source>Enter the amount that earns purchase points, e.g. 1.00.</source>
        <translation>请输入获得消费积分所需的金额，例如 1.00。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="319"/>
        <source>Tier %1: the minimum points must be a whole number.</source>
        <translation>等级 %1：最低积分必须是整数。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="322"/>
        <source>Tier %1: the minimum spend must be an amount such as 500.00.</source>
        <translation>等级 %1：最低消费必须是金额，例如 500.00。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/ledgerrulesdialog.cpp" line="324"/>
        <source>Tier %1 needs a name.</source>
        <translation>等级 %1 需要名称。</translation>
    </message>
</context>
<context>
    <name>cohort::LedgerTotalsModel</name>
    <message>
        <location filename="../src/models/ledgertotalsmodel.cpp" line="79"/>
        <source>(deleted member)</source>
        <translation>（已删除的成员）</translation>
    </message>
    <message>
        <location filename="../src/models/ledgertotalsmodel.cpp" line="102"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/models/ledgertotalsmodel.cpp" line="104"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../src/models/ledgertotalsmodel.cpp" line="106"/>
        <source>Earned</source>
        <translation>应得</translation>
    </message>
    <message>
        <location filename="../src/models/ledgertotalsmodel.cpp" line="108"/>
        <source>Paid out</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../src/models/ledgertotalsmodel.cpp" line="110"/>
        <source>Outstanding</source>
        <translation>未支付</translation>
    </message>
</context>
<context>
    <name>cohort::MainWindow</name>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="123"/>
        <source>Checking the daily backup…</source>
        <translation>正在检查每日备份…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="129"/>
        <source>Backed up the workspace (%1).</source>
        <translation>已备份工作区（%1）。</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="134"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="140"/>
        <source>Checking the workspace file…</source>
        <translation>正在检查工作区文件…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="264"/>
        <source>Indexing messages for search: %1%</source>
        <translation>正在为搜索建立消息索引：%1%</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="430"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="431"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="432"/>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="433"/>
        <source>Connect to &amp;Team Server…</source>
        <translation>连接到团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="434"/>
        <source>Publis&amp;h to Team Server…</source>
        <translation>发布到团队服务器(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="435"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="436"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="437"/>
        <source>Save Workspace &amp;As…</source>
        <translation>工作区另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="441"/>
        <source>&amp;Workspace Settings…</source>
        <translation>工作区设置(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="442"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="443"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="444"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="446"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="447"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="448"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="449"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="450"/>
        <source>Show &amp;Sidebar</source>
        <translation>显示侧边栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="438"/>
        <source>&amp;Import Chat Exports…</source>
        <translation>导入聊天导出文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="453"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="455"/>
        <source>&amp;About Cohort</source>
        <translation>关于 Cohort(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="456"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="601"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="722"/>
        <location filename="../src/ui/mainwindow.cpp" line="735"/>
        <source>Import Orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="726"/>
        <source>This workspace is open read-only.</source>
        <translation>此工作区以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="611"/>
        <source>Solitaire</source>
        <translation>接龙</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="439"/>
        <source>Import &amp;Orders…</source>
        <translation>导入订单(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="256"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="614"/>
        <source>Ledger</source>
        <translation>分润账本</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow.cpp" line="740"/>
        <source>Imported %n order(s)</source>
        <translation>
            <numerusform>已导入 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/mainwindow.cpp" line="742"/>
        <source>%n new member(s)</source>
        <translation>
            <numerusform>新增 %n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="690"/>
        <source>Import Chat Exports</source>
        <translation>导入聊天导出文件</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="440"/>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="451"/>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="452"/>
        <source>&amp;People…</source>
        <translation>成员与角色(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="457"/>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="458"/>
        <source>Backup in progress</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="462"/>
        <source>Search %1</source>
        <translation>搜索%1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="692"/>
        <location filename="../src/ui/mainwindow.cpp" line="724"/>
        <source>Your role in this team workspace lets you read and print reports, not import.</source>
        <translation>你在这个团队工作区中的角色只能查看和打印报告，不能导入。</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="694"/>
        <source>The workspace is open read-only. Open it normally to import chat exports.</source>
        <translation>工作区以只读方式打开。请以正常方式打开后再导入聊天导出文件。</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="774"/>
        <source>SQLite: the Qt SQLite driver is not installed</source>
        <translation>SQLite：未安装 Qt SQLite 驱动</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="776"/>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>许可证：GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="785"/>
        <source>About Cohort</source>
        <translation>关于 Cohort</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="795"/>
        <source>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）授权。</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="772"/>
        <location filename="../src/ui/mainwindow.cpp" line="788"/>
        <source>Cohort %1</source>
        <translation>Cohort %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="790"/>
        <source>A workspace for operators of chat-group communities.</source>
        <translation>面向社群运营者的工作台。</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="773"/>
        <location filename="../src/ui/mainwindow.cpp" line="793"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="454"/>
        <source>Fill with &amp;Demo Data…</source>
        <translation>填充演示数据(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>cohort::MemberDialog</name>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="97"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="97"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="97"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="97"/>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="104"/>
        <location filename="../src/ui/members/memberdialog.cpp" line="130"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="107"/>
        <location filename="../src/ui/members/memberdialog.cpp" line="134"/>
        <source>Still in the group</source>
        <translation>仍在群中</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/members/memberdialog.cpp" line="200"/>
        <source>%1: %n strike(s), the last on %2 — at or over the group&apos;s limit of %3: warn or remove</source>
        <translation>
            <numerusform>%1：%n 次违规，最近一次在 %2 —— 已达到或超过该群 %3 次的上限：请提醒或移出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/members/memberdialog.cpp" line="205"/>
        <source>%1: %n strike(s), the last on %2</source>
        <translation>
            <numerusform>%1：%n 次违规，最近一次在 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="210"/>
        <source>No strikes: no rule violations within the groups&apos; strike windows.</source>
        <translation>无违规记录：在各群的统计期内没有违反群规。</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="212"/>
        <source>Strikes (rule violations not dismissed, within each group&apos;s strike window):</source>
        <translation>违规次数（未忽略的违规，按各群的统计期）：</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="279"/>
        <source>Enter the member’s name.</source>
        <translation>请输入成员的名字。</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="284"/>
        <source>A member can be listed only once per group.</source>
        <translation>每名成员在每个群中只能列出一次。</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberdialog.cpp" line="291"/>
        <source>A member cannot leave a group before joining it.</source>
        <translation>成员不能在入群之前退群。</translation>
    </message>
</context>
<context>
    <name>cohort::MemberPane</name>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="72"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="77"/>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="78"/>
        <source>&amp;Former members</source>
        <translation>已退出成员(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="79"/>
        <source>Show the people who left the group (with all groups: who are in no group any more), with the date they last left</source>
        <translation>显示已退出该群的人（选择全部群时：已不在任何群中的人）及其最近退出日期</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="81"/>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="82"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="83"/>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="100"/>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="110"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="116"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="117"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="136"/>
        <source>New Member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="154"/>
        <source>Edit Member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <location filename="../src/ui/members/memberpane.cpp" line="178"/>
        <source>No members yet — add one with “Add…” above, or import a chat export.</source>
        <translation>还没有成员——用上方的“添加…”新建一个，或导入聊天记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/members/memberpane.cpp" line="183"/>
        <source>Delete %n member(s)? Their memberships and identities are deleted with them; members with orders cannot be deleted.</source>
        <translation>
            <numerusform>删除 %n 名成员？其成员关系和身份会一并删除；有订单的成员无法删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/members/memberpane.cpp" line="191"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln 名成员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MemberPicker</name>
    <message>
        <location filename="../src/ui/widgets/memberpicker.cpp" line="20"/>
        <source>Type a name, phone or WeChat ID</source>
        <translation>输入名字、手机号或微信号</translation>
    </message>
</context>
<context>
    <name>cohort::MessagePane</name>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="92"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="119"/>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="144"/>
        <source>Select a message to read it in full.</source>
        <translation>选择一条消息以查看全文。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/messages/messagepane.cpp" line="145"/>
        <source>%n messages selected.</source>
        <translation>
            <numerusform>已选择 %n 条消息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="154"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="155"/>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="163"/>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="164"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="165"/>
        <source>Message text</source>
        <translation>消息正文</translation>
    </message>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="166"/>
        <source>Indexing…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="167"/>
        <source>The search index is catching up with new messages. Until it is done, a search also reads the messages not indexed yet, which takes longer.</source>
        <translation>搜索索引正在跟上新消息。完成之前，搜索还会逐条读取尚未建立索引的消息，因此耗时更长。</translation>
    </message>
    <message>
        <location filename="../src/ui/messages/messagepane.cpp" line="178"/>
        <source>No messages yet — import a chat export with File › Import… (Ctrl+I), or drop the files on this window.</source>
        <translation>还没有消息——用“文件 › 导入聊天导出文件…”（Ctrl+I）导入，或把文件拖放到此窗口上。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/messages/messagepane.cpp" line="190"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::OrderDialog</name>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="70"/>
        <location filename="../src/ui/orders/orderdialog.cpp" line="71"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="242"/>
        <source>Choose the member who ordered (type to search, then pick a name).</source>
        <translation>请选择下单的成员（输入以搜索，然后选择名字）。</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="244"/>
        <source>Choose a product.</source>
        <translation>请选择商品。</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="246"/>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="249"/>
        <source>Enter the unit price as an amount such as 19.90.</source>
        <translation>请以金额形式输入单价，例如 19.90。</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="251"/>
        <source>The unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="258"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="266"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="268"/>
        <source>%1 (a discount of %2 on %3)</source>
        <translation>%1（比 %3 优惠 %2）</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="270"/>
        <source>%1 (%2 above %3)</source>
        <translation>%1（比 %3 高 %2）</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderdialog.cpp" line="169"/>
        <source>%1 each: tier %2 of %3, for %4 or more buyers (%5 with this order).</source>
        <translation>每份 %1：第 %2 档（共 %3 档），%4 人及以上（含本单共 %5 人）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderdialog.cpp" line="176"/>
        <source>%1 each: the entry price until the first tier (%n buyer(s) with this order).</source>
        <translation>
            <numerusform>每份 %1：未到第一档前的起步价（含本单共 %n 人）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderdialog.cpp" line="182"/>
        <source>%n more buyer(s) and it costs %1.</source>
        <translation>
            <numerusform>再有 %n 人参团，单价降为 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderdialog.cpp" line="186"/>
        <source>Earlier buyers are owed %1 in refunds (%n order(s)); their orders stay as they are until you refund them.</source>
        <translation>
            <numerusform>应退还先前买家共 %1（%n 个订单）；在您办理退款前，这些订单保持不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::OrderImportFilePage</name>
    <message>
        <location filename="../src/ui/orders/orderimportfilepage.cpp" line="22"/>
        <location filename="../src/ui/orders/orderimportfilepage.cpp" line="121"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportfilepage.cpp" line="51"/>
        <source>Import Orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportfilepage.cpp" line="52"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportfilepage.cpp" line="87"/>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportfilepage.cpp" line="89"/>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportfilepage.cpp" line="91"/>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderimportfilepage.cpp" line="93"/>
        <source>%1, %2: %n order row(s) below a header of %3 column(s).</source>
        <translation>
            <numerusform>%1，%2：表头共 %3 列，下面有 %n 行订单。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportfilepage.cpp" line="99"/>
        <source>Check the names on the next pages.</source>
        <translation>请在后面几页核对名称。</translation>
    </message>
</context>
<context>
    <name>cohort::OrderImportMappingPage</name>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="74"/>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="78"/>
        <source>Field of column “%1”</source>
        <translation>“%1”列的字段</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="183"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="211"/>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="293"/>
        <source>(guessed from the headers)</source>
        <translation>（根据表头推测）</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="249"/>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="264"/>
        <source>Save Profile</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="265"/>
        <source>Name of the mapping profile (e.g. the shop system the file comes from):</source>
        <translation>映射方案名称（例如文件来源的店铺系统）：</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="276"/>
        <source>Delete Profile</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="277"/>
        <source>Delete the mapping profile “%1”?</source>
        <translation>删除映射方案“%1”吗？</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="290"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="290"/>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="290"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="291"/>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportmappingpage.cpp" line="292"/>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
</context>
<context>
    <name>cohort::OrderImportReviewPage</name>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="83"/>
        <source>Member for “%1”</source>
        <translation>“%1”对应的成员</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="104"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="121"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="128"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="129"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="132"/>
        <source>A new member “%1”</source>
        <translation>新成员“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="143"/>
        <source>%n line(s) cannot be imported, so nothing will be: fix them in the file, or change the mapping, and try again.</source>
        <translation>
            <numerusform>有 %n 行无法导入，因此不会导入任何内容：请在文件中改正或修改映射后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="150"/>
        <source>%n order(s) will be imported</source>
        <translation>
            <numerusform>将导入 %n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="152"/>
        <source>%n new member(s) will be created.</source>
        <translation>
            <numerusform>将新建 %n 位成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="155"/>
        <source>%n order(s) of the file are already in the workspace and will be skipped.</source>
        <translation>
            <numerusform>文件中有 %n 个订单已在工作区中，将被跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="158"/>
        <source>%n order(s) of the file are already in the workspace and will be imported again.</source>
        <translation>
            <numerusform>文件中有 %n 个订单已在工作区中，将再次导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="166"/>
        <source>Choose the member of %n ambiguous name(s) below.</source>
        <translation>
            <numerusform>请在下方为 %n 个无法确定的姓名选择成员。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="193"/>
        <source>Name in the file</source>
        <translation>文件中的姓名</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="193"/>
        <source>Lines</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="193"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="194"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="194"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="195"/>
        <source>Ambiguous members</source>
        <translation>无法确定的成员</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportreviewpage.cpp" line="196"/>
        <source>Lines that cannot be imported</source>
        <translation>无法导入的行</translation>
    </message>
</context>
<context>
    <name>cohort::OrderImportWizard</name>
    <message>
        <location filename="../src/ui/orders/orderimportwizard.cpp" line="60"/>
        <source>Importing orders…</source>
        <translation>正在导入订单…</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportwizard.cpp" line="60"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportwizard.cpp" line="112"/>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportwizard.cpp" line="130"/>
        <source>Import Orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderimportwizard.cpp" line="131"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>cohort::OrderPane</name>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="121"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="127"/>
        <source>New Order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="142"/>
        <source>Edit Order</source>
        <translation>编辑订单</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="62"/>
        <source>Mark the selected placed orders as paid</source>
        <translation>将选中的已下单订单标为已付款</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="62"/>
        <source>Mark Paid</source>
        <translation>标为已付款</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="63"/>
        <source>Mark Delivered</source>
        <translation>标为已送达</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="64"/>
        <source>Mark the selected placed or paid orders as delivered</source>
        <translation>将选中的已下单或已付款订单标为已送达</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="65"/>
        <source>Mark Refunded</source>
        <translation>标为已退款</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="66"/>
        <source>Mark the selected paid or delivered orders as refunded</source>
        <translation>将选中的已付款或已送达订单标为已退款</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="67"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="68"/>
        <source>Import orders from a CSV file</source>
        <translation>从 CSV 文件导入订单</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderpane.cpp" line="175"/>
        <source>Delete %n order(s)?</source>
        <translation>
            <numerusform>删除 %n 个订单？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/orders/orderpane.cpp" line="180"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/orders/orderpane.cpp" line="169"/>
        <source>No orders yet — add one with “Add…” or import a CSV file with “Import CSV…” above once you have members and products.</source>
        <translation>还没有订单——有了成员和商品后，可用上方的“添加…”新增订单，或用“导入 CSV…”导入 CSV 文件。</translation>
    </message>
</context>
<context>
    <name>cohort::PartnerDialog</name>
    <message>
        <location filename="../src/ui/ledger/partnerdialog.cpp" line="27"/>
        <source>Groups</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/partnerdialog.cpp" line="71"/>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/partnerdialog.cpp" line="110"/>
        <source>Choose the member who becomes a partner.</source>
        <translation>请选择成为合伙人的成员。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/partnerdialog.cpp" line="113"/>
        <source>This member is a partner already; edit their terms instead.</source>
        <translation>此成员已是合伙人，请改为编辑其条款。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/partnerdialog.cpp" line="116"/>
        <source>Two partners cannot have recruited each other.</source>
        <translation>两位合伙人不能互为招募人。</translation>
    </message>
    <message>
        <location filename="../src/ui/ledger/partnerdialog.cpp" line="119"/>
        <source>Choose the groups whose paid orders earn this partner a commission.</source>
        <translation>请选择哪些群的已付订单为此合伙人计佣。</translation>
    </message>
</context>
<context>
    <name>cohort::PositioningSection</name>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="94"/>
        <source>Groups against their targets</source>
        <translation>各群目标达成</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="96"/>
        <source>Each group is judged by the numbers of its goals over the 30 days ending on the range&apos;s last day: met at or above the target, near from 80% of it, missed below. A group is as good as its worst number. Targets are set in the group dialog; double-click a group without positioning to give it goals.</source>
        <translation>每个群按其社群目标的数字、用截至所选范围最后一天的 30 天考核：达到目标为达成，达到 80% 为接近，更低为未达成。一个群的结果取它最差的那个数字。目标值在群组对话框中设定；双击未定位的群可为它设定目标。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="100"/>
        <source>Groups gone quiet</source>
        <translation>沉寂的群</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="102"/>
        <source>Groups whose active ratio or messages per day over the 4 weeks ending on the range&apos;s last day fell by more than half against the 4 weeks before, with the members who wrote most before and nothing since: the people to win back first.</source>
        <translation>截至所选范围最后一天的 4 周内，活跃率或日均消息数比之前 4 周下降一半以上的群，并列出以前发言最多、之后再未发言的成员：最先要唤醒的人。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="169"/>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="235"/>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="169"/>
        <source>Goals</source>
        <translation>社群目标</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="169"/>
        <source>Targets</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="189"/>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="258"/>
        <source>, </source>
        <extracomment>Separator between items of a list in one table cell</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="195"/>
        <source>No goals yet: double-click to open the group dialog.</source>
        <translation>尚无社群目标：双击打开群组对话框。</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="214"/>
        <source>%1 / %2</source>
        <extracomment>a KPI&apos;s value and its target, e.g. &quot;12.5% / 20.0%&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="235"/>
        <source>Active ratio before → now</source>
        <translation>活跃率 之前 → 现在</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="236"/>
        <source>Messages per day before → now</source>
        <translation>日均消息 之前 → 现在</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="237"/>
        <source>Who carried it (messages before)</source>
        <translation>曾经的骨干（之前的消息数）</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="249"/>
        <source>%1 (%2)</source>
        <extracomment>a member who went silent and the messages they wrote before, e.g. &quot;Li Na (42)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="253"/>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="255"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="257"/>
        <source>nobody: its writers still write or have left</source>
        <translation>无：发言者仍在发言或已退群</translation>
    </message>
    <message>
        <location filename="../src/ui/dashboards/positioningsection.cpp" line="270"/>
        <source>No group went quiet in the 4 weeks to %1.</source>
        <translation>截至 %1 的 4 周内没有沉寂的群。</translation>
    </message>
</context>
<context>
    <name>cohort::PreferencesDialog</name>
    <message>
        <location filename="../src/ui/settings/preferencesdialog.cpp" line="21"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../src/ui/settings/preferencesdialog.cpp" line="60"/>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
</context>
<context>
    <name>cohort::ProductDialog</name>
    <message>
        <location filename="../src/ui/products/productdialog.cpp" line="95"/>
        <source>Enter a name for the product.</source>
        <translation>请输入商品名称。</translation>
    </message>
    <message>
        <location filename="../src/ui/products/productdialog.cpp" line="98"/>
        <source>Enter the price as an amount such as 19.90.</source>
        <translation>请以金额形式输入价格，例如 19.90。</translation>
    </message>
    <message>
        <location filename="../src/ui/products/productdialog.cpp" line="100"/>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../src/ui/products/productdialog.cpp" line="104"/>
        <source>Enter the cost as an amount such as 8.50, or leave it empty.</source>
        <translation>请以金额形式输入成本，例如 8.50，或留空。</translation>
    </message>
    <message>
        <location filename="../src/ui/products/productdialog.cpp" line="106"/>
        <source>The cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <location filename="../src/ui/products/productdialog.cpp" line="122"/>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location filename="../src/ui/products/productdialog.cpp" line="125"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>cohort::ProductPane</name>
    <message>
        <location filename="../src/ui/products/productpane.cpp" line="21"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../src/ui/products/productpane.cpp" line="27"/>
        <source>New Product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../src/ui/products/productpane.cpp" line="43"/>
        <source>Edit Product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <location filename="../src/ui/products/productpane.cpp" line="70"/>
        <source>No products yet — add one with “Add…” above.</source>
        <translation>还没有商品——用上方的“添加…”新建一个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/products/productpane.cpp" line="75"/>
        <source>Delete %n product(s)?</source>
        <translation>
            <numerusform>删除 %n 个商品？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/products/productpane.cpp" line="80"/>
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln 个商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::PublishTask</name>
    <message>
        <location filename="../src/ui/team/publishtask.cpp" line="25"/>
        <source>Publishing to %1…</source>
        <translation>正在发布到 %1…</translation>
    </message>
    <message>
        <location filename="../src/ui/team/publishtask.cpp" line="25"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/team/publishtask.cpp" line="26"/>
        <source>Publish to Team Server</source>
        <translation>发布到团队服务器</translation>
    </message>
    <message>
        <location filename="../src/ui/team/publishtask.cpp" line="66"/>
        <source>Publishing to %1: %2 of %3 rows…</source>
        <translation>正在发布到 %1：%2 / %3 行…</translation>
    </message>
    <message>
        <location filename="../src/ui/team/publishtask.cpp" line="82"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>cohort::ReportController</name>
    <message>
        <location filename="../src/ui/reports/reportcontroller.cpp" line="211"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>cohort::ReportOptionsPanel</name>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="207"/>
        <source>%1: %2 – %3</source>
        <translation>%1：%2 – %3</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="212"/>
        <source>%1 (in progress)</source>
        <translation>%1（进行中）</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="275"/>
        <source>Reading the groups…</source>
        <translation>正在读取群组…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="278"/>
        <source>Groups in the workspace: %1</source>
        <translation>工作区中的群组：%1 个</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="280"/>
        <source>Check the groups the report covers.</source>
        <translation>请勾选报告要包含的群组。</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="282"/>
        <source>Groups checked: %1</source>
        <translation>已勾选的群组：%1 个</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="385"/>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="390"/>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="386"/>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="387"/>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="388"/>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="389"/>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="397"/>
        <source>Pick any day of the week to report on</source>
        <translation>选择要报告的那一周中的任意一天</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="398"/>
        <source>&amp;Last complete week</source>
        <translation>上一个完整周(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="399"/>
        <source>Groups</source>
        <translation>群组</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="400"/>
        <source>&amp;All groups</source>
        <translation>全部群组(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="401"/>
        <source>&amp;Selected groups:</source>
        <translation>选定的群组(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="402"/>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="403"/>
        <source>Filter groups</source>
        <translation>筛选群组</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="404"/>
        <source>Groups in the report</source>
        <translation>报告包含的群组</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="405"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="406"/>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="407"/>
        <source>Pape&amp;r:</source>
        <translation>纸张(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="408"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="409"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="410"/>
        <source>Anon&amp;ymize member names</source>
        <translation>匿名显示成员名称(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportoptionspanel.cpp" line="411"/>
        <source>Replace every member name by a stable pseudonym</source>
        <translation>将每个成员名称替换为固定的化名</translation>
    </message>
</context>
<context>
    <name>cohort::ReportPreviewPanel</name>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="178"/>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="187"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="199"/>
        <source>Fit &amp;Width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="200"/>
        <source>Fit Pa&amp;ge</source>
        <translation>适合页面(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="201"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="202"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="203"/>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="204"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="205"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="206"/>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="215"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="216"/>
        <source>Pag&amp;e</source>
        <translation>页码(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="217"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportpreviewpanel.cpp" line="218"/>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
</context>
<context>
    <name>cohort::ReportsPane</name>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="229"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="276"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="278"/>
        <source>Print Report Pre&amp;view…</source>
        <translation>报告打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="279"/>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="280"/>
        <source>&amp;Print Report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="281"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="282"/>
        <source>Export Report as P&amp;DF…</source>
        <translation>将报告导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="283"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="284"/>
        <source>Export Report as &amp;HTML…</source>
        <translation>将报告导出为 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="285"/>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="286"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="287"/>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="342"/>
        <source>Reading the workspace…</source>
        <translation>正在读取工作区…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="343"/>
        <source>Computing the week’s figures…</source>
        <translation>正在计算本周数据…</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="443"/>
        <source>No groups yet</source>
        <translation>还没有群组</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="444"/>
        <source>The weekly report sums up a week of your groups: activity, members, orders and campaigns. Import a chat export or add groups, members and orders first; Help ▸ Fill with Demo Data shows what a report looks like.</source>
        <translation>周报汇总各群组一周的情况：活跃度、成员、订单和活动。请先导入聊天记录，或添加群组、成员和订单；通过“帮助 ▸ 填充演示数据”可以先看看报告的样子。</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="449"/>
        <source>any group</source>
        <translation>所有群组</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="449"/>
        <source>the checked groups</source>
        <translation>已勾选的群组</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="450"/>
        <source>Nothing happened in %1</source>
        <translation>%1 没有任何动态</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="453"/>
        <source>There are no messages, orders, joins or leaves in %1 for %2. The most recent activity is in %3.</source>
        <translation>%2在 %1 没有消息、订单、入群或退群记录。最近的动态在 %3。</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="456"/>
        <source>&amp;Go to %1</source>
        <translation>转到 %1(&amp;G)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="458"/>
        <source>No messages, orders, joins or leaves have been recorded for %1 yet. Import a chat export to fill the report.</source>
        <translation>%1还没有任何消息、订单、入群或退群记录。导入聊天记录后即可生成报告。</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="462"/>
        <source>Show the &amp;Report Anyway</source>
        <translation>仍然显示报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="466"/>
        <source>No groups checked</source>
        <translation>未勾选群组</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="467"/>
        <source>Check at least one group under Groups, or choose All groups.</source>
        <translation>请在“群组”中至少勾选一个群组，或选择“全部群组”。</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="470"/>
        <source>Report not built</source>
        <translation>报告未生成</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="471"/>
        <source>Building the report of %1 was cancelled.</source>
        <translation>已取消生成 %1 的报告。</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="472"/>
        <source>&amp;Build the Report</source>
        <translation>生成报告(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="475"/>
        <source>Could not build the report</source>
        <translation>无法生成报告</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="477"/>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="507"/>
        <location filename="../src/ui/reports/reportspane.cpp" line="537"/>
        <source>There is no report to export yet.</source>
        <translation>还没有可导出的报告。</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="562"/>
        <source>Export Report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="562"/>
        <source>Export Report as HTML</source>
        <translation>将报告导出为 HTML</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="564"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="564"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>网页 (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="572"/>
        <source>Could Not Export the Report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="573"/>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="587"/>
        <source>Print Preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="603"/>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="611"/>
        <source>Could Not Print the Report</source>
        <translation>无法打印报告</translation>
    </message>
    <message>
        <location filename="../src/ui/reports/reportspane.cpp" line="612"/>
        <source>The printer “%1” could not be started.</source>
        <translation>无法启动打印机“%1”。</translation>
    </message>
</context>
<context>
    <name>cohort::RescanJob</name>
    <message>
        <location filename="../src/ui/violations/rescanjob.cpp" line="44"/>
        <source>Checking the history of “%1” against its rules…</source>
        <translation>正在按群规检查“%1”的历史消息…</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rescanjob.cpp" line="45"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rescanjob.cpp" line="49"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>cohort::RestoreBackupDialog</name>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="71"/>
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="85"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="87"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="89"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="91"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="133"/>
        <source>There are no backups of “%1” yet. Cohort makes one when you open a workspace after a day with changes, and one before every upgrade of its format.</source>
        <translation>“%1”还没有备份。工作区在有改动的一天之后再次打开时，Cohort 会备份一次；每次升级工作区格式之前也会备份一次。</translation>
    </message>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="136"/>
        <source>Verified copies of “%1”, newest first. The copy you choose is restored into a new file; the workspace that is open now is not changed.</source>
        <translation>“%1”经过校验的备份，最新的在前。所选备份会恢复到一个新文件中，当前打开的工作区不会改变。</translation>
    </message>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="140"/>
        <source>Backups are kept in %1</source>
        <translation>备份保存在 %1</translation>
    </message>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="163"/>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="179"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="180"/>
        <source>Checking and copying the backup into “%1”…</source>
        <translation>正在检查备份并复制到“%1”…</translation>
    </message>
    <message>
        <location filename="../src/ui/safety/restorebackupdialog.cpp" line="202"/>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>cohort::RuleSettingsDialog</name>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="59"/>
        <source>Rule Settings of “%1”</source>
        <translation>“%1”的群规设置</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="70"/>
        <source>A keyword rule finds messages holding one of its words or phrases (separate them with “;”), or matching its regular expression. Case and full-width forms do not matter.</source>
        <translation>关键词规则会找出包含其中任一词语（以“;”分隔）或匹配其正则表达式的消息。不区分大小写和全角半角。</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="78"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="78"/>
        <source>Words or phrases</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="78"/>
        <source>Regular expression (optional)</source>
        <translation>正则表达式（可选）</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="84"/>
        <source>&amp;Add Rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="86"/>
        <source>&amp;Remove Rule</source>
        <translation>删除规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="102"/>
        <source>&amp;Keyword Rules</source>
        <translation>关键词规则(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="109"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="111"/>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="112"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="115"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="116"/>
        <source>Flooding: more than this many messages by one member</source>
        <translation>刷屏：同一成员发言超过这么多条</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="117"/>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="119"/>
        <source>… within</source>
        <translation>… 时间内</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="118"/>
        <source>Or the same text this many times</source>
        <translation>或同一内容重复这么多次</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="120"/>
        <source>A burst ends after this long without a message</source>
        <translation>多久不发言算一轮刷屏结束</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="121"/>
        <source>Flag members with this many strikes</source>
        <translation>违规达到这么多次时标记成员</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="122"/>
        <source>… within the last</source>
        <translation>… 统计最近</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="123"/>
        <source>&amp;Limits</source>
        <translation>阈值(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="128"/>
        <source>In a private garden, approved promoters may post links, cards and ads. The owner and operators are never flagged. In a free market, links and ads are allowed for everyone.</source>
        <translation>在私域群中，获准的推广者可以发链接、卡片和广告；群主和管理员从不被标记。在自由市场群中，所有人都可以发链接和广告。</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="143"/>
        <source>&amp;Promoters</source>
        <translation>推广者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="151"/>
        <source>One phrase per line. These lists belong to the workspace: they apply to every group.</source>
        <translation>每行一个词。这些词表属于工作区，对所有群生效。</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="154"/>
        <source>No ads:</source>
        <translation>禁止发广告：</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="155"/>
        <source>No soliciting members privately:</source>
        <translation>禁止私下拉人：</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="156"/>
        <source>P&amp;hrase Lists</source>
        <translation>词表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="231"/>
        <source>The keyword rule “%1” has neither words nor a regular expression.</source>
        <translation>关键词规则“%1”既没有词语也没有正则表达式。</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/rulesettingsdialog.cpp" line="239"/>
        <source>The regular expression of “%1” is not valid: %2</source>
        <translation>“%1”的正则表达式无效：%2</translation>
    </message>
</context>
<context>
    <name>cohort::ServerAddress</name>
    <message>
        <location filename="../src/storage/serveraddress.cpp" line="63"/>
        <source>A team server&apos;s address starts with postgresql://.</source>
        <translation>团队服务器地址以 postgresql:// 开头。</translation>
    </message>
    <message>
        <location filename="../src/storage/serveraddress.cpp" line="85"/>
        <source>Cohort connects to one server: the address names several hosts.</source>
        <translation>Cohort 只连接一台服务器：该地址包含多个主机。</translation>
    </message>
    <message>
        <location filename="../src/storage/serveraddress.cpp" line="92"/>
        <source>The server address has an unclosed “[”.</source>
        <translation>服务器地址中有未闭合的“[”。</translation>
    </message>
    <message>
        <location filename="../src/storage/serveraddress.cpp" line="113"/>
        <location filename="../src/storage/serveraddress.cpp" line="124"/>
        <source>“%1” is not a port number.</source>
        <translation>“%1”不是端口号。</translation>
    </message>
    <message>
        <location filename="../src/storage/serveraddress.cpp" line="136"/>
        <source>The value of “%1” may not contain “;”.</source>
        <translation>“%1”的值不能包含“;”。</translation>
    </message>
    <message>
        <location filename="../src/storage/serveraddress.cpp" line="142"/>
        <source>Cohort does not know the connection parameter “%1”.</source>
        <translation>Cohort 不认识连接参数“%1”。</translation>
    </message>
    <message>
        <location filename="../src/storage/serveraddress.cpp" line="148"/>
        <source>The server address names no database (postgresql://host/database).</source>
        <translation>服务器地址未指定数据库（postgresql://主机/数据库）。</translation>
    </message>
</context>
<context>
    <name>cohort::ServerConnectDialog</name>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="33"/>
        <source>Connect to Team Server</source>
        <translation>连接到团队服务器</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="35"/>
        <source>The server&apos;s name or address, or the folder of its Unix socket (starting with /).</source>
        <translation>服务器的名称或地址，或其 Unix 套接字所在的文件夹（以 / 开头）。</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="41"/>
        <source>the team&apos;s database</source>
        <translation>团队的数据库</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="45"/>
        <source>Use TLS when the server offers it</source>
        <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="46"/>
        <source>Require TLS</source>
        <translation>必须使用 TLS</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="47"/>
        <source>Require TLS and verify the server&apos;s certificate</source>
        <translation>必须使用 TLS 并验证服务器证书</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="49"/>
        <source>No TLS</source>
        <translation>不使用 TLS</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="53"/>
        <source>empty: from the keychain, PGPASSWORD or ~/.pgpass</source>
        <translation>留空：取自钥匙串、PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="54"/>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>留空：取自 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="67"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="68"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="69"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="70"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="71"/>
        <source>&amp;Security:</source>
        <translation>安全(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="72"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="73"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="74"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="80"/>
        <source>A password kept in the keychain is found again the next time, by the window and by cohort-cli; Cohort never writes it anywhere else.</source>
        <translation>保存在钥匙串中的密码下次会被窗口和 cohort-cli 自动找到；Cohort 绝不会把它写到其他任何地方。</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="83"/>
        <source>The password is used for this connection only; this build of Cohort has no keychain to keep it in.</source>
        <translation>密码只用于这次连接；这个版本的 Cohort 没有可以保存密码的钥匙串。</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="88"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="118"/>
        <source>Publish to Team Server</source>
        <translation>发布到团队服务器</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="118"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="119"/>
        <source>Cohort copies this workspace, every row with its ids, into an empty database on the server, in one transaction. Create the database first (createdb); a database that holds anything is refused.</source>
        <translation>Cohort 会在一个事务中把这个工作区的每一行（连同编号）复制到服务器上的一个空数据库。请先创建数据库（createdb）；已有内容的数据库会被拒绝。</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="126"/>
        <source>Restore into a New Database</source>
        <translation>恢复到新数据库</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="126"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/team/serverconnectdialog.cpp" line="127"/>
        <source>Cohort restores the backup into an empty database on the server, in one transaction. Create the database first (createdb); a database that holds anything is refused.</source>
        <translation>Cohort 会在一个事务中把备份恢复到服务器上的一个空数据库。请先创建数据库（createdb）；已有内容的数据库会被拒绝。</translation>
    </message>
</context>
<context>
    <name>cohort::SolitairePane</name>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="198"/>
        <source>Solitaire</source>
        <translation>接龙</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="203"/>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="204"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="205"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="206"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="207"/>
        <source>Look for solitaire lists in the group’s messages again</source>
        <translation>重新在本群消息中查找接龙</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="208"/>
        <source>Looking for solitaire lists</source>
        <translation>正在查找接龙</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="209"/>
        <source>Solitaire lists (接龙)</source>
        <translation>接龙列表</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="210"/>
        <source>Entries of the selected list</source>
        <translation>所选接龙的条目</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="211"/>
        <source>Proposed orders</source>
        <translation>建议订单</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="212"/>
        <source>Solitaire lists</source>
        <translation>接龙列表</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="213"/>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="215"/>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="215"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="215"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="215"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="215"/>
        <source>Total quantity</source>
        <translation>总数量</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="217"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="217"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="217"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="217"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="217"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="217"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="405"/>
        <source>(untitled list)</source>
        <translation>（无标题接龙）</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="421"/>
        <source>There are no groups yet. Add a group or import a chat export first.</source>
        <translation>还没有群。请先添加群或导入聊天记录。</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="423"/>
        <source>Looking for solitaire lists…</source>
        <translation>正在查找接龙…</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="425"/>
        <source>No solitaire lists (接龙) in this group’s messages. Import a chat export in which members signed up with “#接龙” or a numbered “sign-up list”.</source>
        <translation>本群消息中没有接龙。请导入成员用“#接龙”或带编号的报名列表报名的聊天记录。</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="449"/>
        <source>Unmatched (several members)</source>
        <translation>未匹配（多位成员同名）</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitairepane.cpp" line="452"/>
        <source>Unmatched</source>
        <translation>未匹配</translation>
    </message>
</context>
<context>
    <name>cohort::SolitaireProposalPanel</name>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="112"/>
        <source>&amp;Campaign:</source>
        <translation>活动(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="113"/>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="114"/>
        <source>Campaign of the orders</source>
        <translation>订单所属活动</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="115"/>
        <source>Product of the orders</source>
        <translation>订单商品</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="116"/>
        <source>Proposed orders</source>
        <translation>建议订单</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="117"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="117"/>
        <source>Name in the list</source>
        <translation>接龙中的名字</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="117"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="118"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="118"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="118"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="175"/>
        <source>(no campaign)</source>
        <translation>（无活动）</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="196"/>
        <source>(choose a product)</source>
        <translation>（选择商品）</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="213"/>
        <source>unit price %1</source>
        <translation>单价 %1</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="261"/>
        <source>Ready to accept</source>
        <translation>可接收</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="263"/>
        <source>In Orders</source>
        <translation>已在订单中</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="265"/>
        <source>Unmatched: no member goes by this name</source>
        <translation>未匹配：没有成员使用这个名字</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="267"/>
        <source>Unmatched: several members go by this name</source>
        <translation>未匹配：有多位成员使用这个名字</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="269"/>
        <source>Choose a product</source>
        <translation>请选择商品</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="287"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="307"/>
        <source>&amp;Accept Orders (%1)</source>
        <translation>接收订单(&amp;A)（%1）</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="307"/>
        <source>&amp;Accept Orders</source>
        <translation>接收订单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="310"/>
        <source>Select a list to see its orders.</source>
        <translation>选择一个接龙以查看其订单。</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="312"/>
        <source>Nobody has signed up on this list yet.</source>
        <translation>还没有人参加这个接龙。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="315"/>
        <source>%n ready</source>
        <translation>
            <numerusform>%n 个可接收</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="315"/>
        <source>%n already in Orders</source>
        <translation>
            <numerusform>%n 个已在订单中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="316"/>
        <source>%n unmatched</source>
        <translation>
            <numerusform>%n 个未匹配</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="318"/>
        <source>choose the product to price the orders</source>
        <translation>请选择商品以确定订单价格</translation>
    </message>
    <message>
        <location filename="../src/ui/solitaire/solitaireproposalpanel.cpp" line="345"/>
        <source>Could Not Accept Orders</source>
        <translation>无法接收订单</translation>
    </message>
</context>
<context>
    <name>cohort::TablePane</name>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="273"/>
        <location filename="../src/ui/widgets/tablepane.cpp" line="321"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="285"/>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="286"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="317"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="318"/>
        <source>Add a new row</source>
        <translation>添加新的一行</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="319"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="320"/>
        <source>Edit the selected row (Enter)</source>
        <translation>编辑所选行（回车）</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="322"/>
        <source>Delete the selected rows (Del)</source>
        <translation>删除所选行（Del）</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="323"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="324"/>
        <source>Export the rows shown to a CSV file</source>
        <translation>将显示的行导出为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="325"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="346"/>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="379"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="396"/>
        <source>Fit Columns to Contents</source>
        <translation>按内容调整列宽</translation>
    </message>
</context>
<context>
    <name>cohort::TeamBackupsDialog</name>
    <message>
        <location filename="../src/ui/team/teambackupsdialog.cpp" line="33"/>
        <source>Backups of “%1”</source>
        <translation>“%1”的备份</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teambackupsdialog.cpp" line="51"/>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teambackupsdialog.cpp" line="51"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teambackupsdialog.cpp" line="53"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teambackupsdialog.cpp" line="54"/>
        <source>&amp;Restore into a New Database…</source>
        <translation>恢复到新数据库(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teambackupsdialog.cpp" line="82"/>
        <source>Cohort backs up this team workspace with pg_dump once a day when it opens, into %1. A backup is restored into a new, empty database, never over a workspace.</source>
        <translation>Cohort 每天在打开这个团队工作区时用 pg_dump 备份一次，保存到 %1。备份只会恢复到新的空数据库，绝不会覆盖已有工作区。</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teambackupsdialog.cpp" line="85"/>
        <source>pg_dump is not installed on this computer, so backups of this team workspace are its server administrator&apos;s. Install PostgreSQL&apos;s client programs to keep backups here too.</source>
        <translation>这台电脑上没有安装 pg_dump，所以这个团队工作区的备份由服务器管理员负责。安装 PostgreSQL 客户端程序后，也可以在这里保留备份。</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teambackupsdialog.cpp" line="125"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teambackupsdialog.cpp" line="149"/>
        <source>Backing up with pg_dump…</source>
        <translation>正在用 pg_dump 备份…</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teambackupsdialog.cpp" line="171"/>
        <source>Restoring with pg_restore…</source>
        <translation>正在用 pg_restore 恢复…</translation>
    </message>
</context>
<context>
    <name>cohort::TeamPeopleDialog</name>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="37"/>
        <source>People of “%1”</source>
        <translation>“%1”的成员与角色</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="44"/>
        <source>An operator edits groups, members, campaigns and orders, and imports. A viewer reads and prints reports. The owner does everything and decides who is on the team. The server enforces the roles.</source>
        <translation>运营者可以编辑群、成员、活动和订单，并导入数据。查看者只能查看和打印报告。所有者可以做所有事，并决定团队成员。角色由服务器强制执行。</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="53"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="53"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="58"/>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="235"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="60"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="62"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="93"/>
        <source>Only the owner can change who is on the team.</source>
        <translation>只有所有者可以更改团队成员。</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="101"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="103"/>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="107"/>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="118"/>
        <source>The list of people could not be read: %1</source>
        <translation>无法读取成员列表：%1</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="210"/>
        <source>Take “%1” off the team? Their login stays on the server; they can no longer open this workspace.</source>
        <translation>要把“%1”移出团队吗？其登录名仍保留在服务器上，但将无法再打开这个工作区。</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="223"/>
        <source>Add a Person</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="229"/>
        <source>for a new login; empty keeps an existing one&apos;s</source>
        <translation>用于新登录名；留空则保留已有登录名的密码</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="231"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="234"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../src/ui/team/teampeopledialog.cpp" line="236"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>cohort::TimeZoneChangeRunner</name>
    <message>
        <location filename="../src/ui/settings/timezonechangerunner.cpp" line="34"/>
        <source>Recomputing the daily activity in %1…</source>
        <translation>正在按 %1 重新计算每日活跃…</translation>
    </message>
    <message>
        <location filename="../src/ui/settings/timezonechangerunner.cpp" line="34"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/ui/settings/timezonechangerunner.cpp" line="35"/>
        <source>Change Time Zone</source>
        <translation>更改时区</translation>
    </message>
    <message>
        <location filename="../src/ui/settings/timezonechangerunner.cpp" line="68"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>cohort::TimeZoneStatusLabel</name>
    <message>
        <location filename="../src/ui/settings/timezonestatuslabel.cpp" line="46"/>
        <source>Time zone: %1 (%2)</source>
        <translation>时区：%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/ui/settings/timezonestatuslabel.cpp" line="47"/>
        <source>Every date and time of this workspace is shown, edited, printed and exported in its time zone. Change it in File › Workspace Settings…</source>
        <translation>本工作区的所有日期和时间都按其时区显示、编辑、打印和导出。可在“文件 › 工作区设置…”中更改。</translation>
    </message>
    <message>
        <location filename="../src/ui/settings/timezonestatuslabel.cpp" line="49"/>
        <source>Workspace time zone</source>
        <translation>工作区时区</translation>
    </message>
</context>
<context>
    <name>cohort::UndoRunner</name>
    <message>
        <location filename="../src/ui/undorunner.cpp" line="53"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../src/ui/undorunner.cpp" line="83"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>cohort::UserGuideAction</name>
    <message>
        <location filename="../src/ui/help/userguideaction.cpp" line="34"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguideaction.cpp" line="35"/>
        <source>Open the user guide (%1)</source>
        <translation>打开用户指南 (%1)</translation>
    </message>
</context>
<context>
    <name>cohort::UserGuideWindow</name>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="145"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="179"/>
        <source>Cohort User Guide</source>
        <translation>Cohort 用户指南</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="180"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="181"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="183"/>
        <source>Back (%1)</source>
        <translation>后退 (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="184"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="186"/>
        <source>Forward (%1)</source>
        <translation>前进 (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="187"/>
        <location filename="../src/ui/help/userguidewindow.cpp" line="193"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="188"/>
        <source>The first page of the guide</source>
        <translation>指南的第一页</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="190"/>
        <source>Find in page (%1)</source>
        <translation>在页面中查找 (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="191"/>
        <source>Enter finds the next match, Shift+Enter the previous one</source>
        <translation>Enter 查找下一个，Shift+Enter 查找上一个</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="192"/>
        <source>Find in page</source>
        <translation>在页面中查找</translation>
    </message>
    <message>
        <location filename="../src/ui/help/userguidewindow.cpp" line="194"/>
        <source>Guide page</source>
        <translation>指南页面</translation>
    </message>
</context>
<context>
    <name>cohort::ViolationPane</name>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="147"/>
        <source>Violations</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="181"/>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="205"/>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/violations/violationpane.cpp" line="238"/>
        <source>Strikes per member in the last %n day(s) (double-click a member to list their violations):</source>
        <translation>
            <numerusform>最近 %n 天每位成员的违规次数（双击成员可列出其违规记录）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="241"/>
        <source>Strikes per member within each group&apos;s strike window (double-click a member to list their violations):</source>
        <translation>按各群统计期的每位成员违规次数（双击成员可列出其违规记录）：</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="246"/>
        <source>No member has a strike in this window.</source>
        <translation>此时间范围内没有成员被记违规。</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="267"/>
        <source>%1 or more strikes: warn or remove</source>
        <translation>违规 %1 次及以上：请提醒或移出</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="281"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="281"/>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="283"/>
        <source>Count the selected violations again</source>
        <translation>重新计入所选违规</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="284"/>
        <source>Mark the selected violations as false positives (undoable); they stay dismissed when the group is re-scanned</source>
        <translation>将所选违规标记为误报（可撤销）；重新检查该群时仍保持忽略</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="324"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="352"/>
        <source>%1 %2  %3: %4</source>
        <translation>%1 %2  %3：%4</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="354"/>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="367"/>
        <source>Message in Context</source>
        <translation>消息上下文</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="376"/>
        <source>The flagged message (▶) with the messages before and after it:</source>
        <translation>被标记的消息（▶）及其前后的消息：</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/violations/violationpane.cpp" line="391"/>
        <source>Re-scan done: %n violation(s) in this group.</source>
        <translation>
            <numerusform>重新检查完成：该群共有 %n 条违规。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="411"/>
        <source>Re-scan</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="412"/>
        <source>Check the history of “%1” against the changed rules now?</source>
        <translation>现在按修改后的群规检查“%1”的历史消息吗？</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="420"/>
        <source>&amp;Group:</source>
        <translation>群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="421"/>
        <location filename="../src/ui/violations/violationpane.cpp" line="436"/>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="422"/>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="423"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="424"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="425"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="430"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="430"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="430"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="431"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="431"/>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="434"/>
        <source>Show &amp;dismissed</source>
        <translation>显示已忽略(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="436"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="436"/>
        <source>Strikes</source>
        <translation>违规次数</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="436"/>
        <source>Last strike</source>
        <translation>最近一次违规</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="436"/>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="437"/>
        <source>Show in &amp;Context</source>
        <translation>查看上下文(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="438"/>
        <source>Read the flagged message with the messages before and after it</source>
        <translation>查看被标记的消息及其前后的消息</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="439"/>
        <source>Copy &amp;Warning</source>
        <translation>复制提醒(&amp;W)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="440"/>
        <source>Copy a reminder of the rule for this member, to paste into the group (Cohort never posts or removes anyone itself)</source>
        <translation>复制一段针对该成员的群规提醒，粘贴到群里（Cohort 自己从不发消息，也不移出任何人）</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="442"/>
        <source>Re-&amp;scan Group</source>
        <translation>重新检查群(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="443"/>
        <source>Check the chosen group&apos;s whole history against its rules again (after the rules changed); dismissed violations stay dismissed</source>
        <translation>按群规重新检查所选群的全部历史（修改群规之后）；已忽略的违规仍保持忽略</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="445"/>
        <source>Rule Se&amp;ttings…</source>
        <translation>群规设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="446"/>
        <source>Keyword rules, flooding limits, strikes and promoters of the chosen group, and the workspace&apos;s phrase lists</source>
        <translation>所选群的关键词规则、刷屏阈值、违规次数和推广者，以及工作区的词表</translation>
    </message>
    <message>
        <location filename="../src/ui/violations/violationpane.cpp" line="455"/>
        <source>No violations. Tick the rules a group checks in its dialog (Groups › Edit), then re-scan it here; every import checks what it adds.</source>
        <translation>没有违规记录。先在群的对话框中勾选要自动检查的群规（群组 › 编辑），再在这里重新检查；每次导入都会检查新增的消息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/violations/violationpane.cpp" line="467"/>
        <source>%Ln violation(s)</source>
        <translation>
            <numerusform>%Ln 条违规</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::WorkspaceController</name>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="62"/>
        <source>Cohort workspaces (*.cohort);;All files (*)</source>
        <translation>Cohort 工作区 (*.cohort);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="142"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="161"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="192"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="452"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="465"/>
        <source>Could Not Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="184"/>
        <source>Team Server Password</source>
        <translation>团队服务器密码</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="185"/>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="201"/>
        <source>Lost the connection to the team server; reconnecting…</source>
        <translation>与团队服务器的连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="203"/>
        <source>Reconnected to the team server; reloaded.</source>
        <translation>已重新连接到团队服务器，并已重新加载。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="224"/>
        <source>pg_dump is not installed here: backups of this team workspace are its server administrator&apos;s.</source>
        <translation>这里没有安装 pg_dump：这个团队工作区的备份由服务器管理员负责。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="242"/>
        <source>Backed up the team workspace with pg_dump.</source>
        <translation>已用 pg_dump 备份团队工作区。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="244"/>
        <source>The team workspace could not be backed up: %1</source>
        <translation>无法备份团队工作区：%1</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="295"/>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>无法把密码保存到系统钥匙串：%1</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="301"/>
        <source>A publish is running already.</source>
        <translation>已有一个发布正在进行。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="302"/>
        <source>Only a workspace file can be published.</source>
        <translation>只能发布工作区文件。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="318"/>
        <source>Publishing was cancelled: nothing was copied to “%1”.</source>
        <translation>发布已取消：没有向“%1”复制任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/workspacecontroller.cpp" line="324"/>
        <source>Published %n row(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 行发布到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="340"/>
        <source>Publish to Team Server</source>
        <translation>发布到团队服务器</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="343"/>
        <source>Only a workspace file can be published. Save this one first, or open the file to publish.</source>
        <translation>只能发布工作区文件。请先保存这个工作区，或打开要发布的文件。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="363"/>
        <source>Open the team workspace now? This file stays as it is; from now on the team works on the server.</source>
        <translation>现在打开团队工作区吗？这个文件保持不变；此后团队在服务器上工作。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="388"/>
        <source>Changes Kept in the Log</source>
        <translation>更改保存在日志中</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="421"/>
        <source>Integrity Check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="452"/>
        <source>Looking for a good backup…</source>
        <translation>正在查找完好的备份…</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="471"/>
        <source>The file was left as it is. No backup of it was found.</source>
        <translation>文件保持原样，未被改动。没有找到它的备份。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="480"/>
        <source>The file was left as it is. The backup of %1 passed its check: you can restore it into a new file and continue there.</source>
        <translation>文件保持原样，未被改动。%1 的备份通过了检查：可以把它恢复到一个新文件中，在那里继续工作。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="484"/>
        <source>&amp;Restore Backup into New File…</source>
        <translation>将备份恢复到新文件(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="491"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="505"/>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="524"/>
        <source>“%1” is the workspace that is open now. A backup is only restored into a new file.</source>
        <translation>“%1”是当前打开的工作区。备份只能恢复到新文件中。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="531"/>
        <source>“%1” already exists. A backup is only restored into a new file: choose another name.</source>
        <translation>“%1”已存在。备份只能恢复到新文件中，请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="269"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="550"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="557"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="270"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="558"/>
        <source>The backup was restored into “%1”.</source>
        <translation>备份已恢复到“%1”。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="274"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="561"/>
        <source>Open it now? The workspace that is open now stays as it is.</source>
        <translation>现在打开它吗？当前打开的工作区保持不变。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="275"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="562"/>
        <source>&amp;Open Restored Workspace</source>
        <translation>打开恢复的工作区(&amp;O)</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="276"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="564"/>
        <source>&amp;Not Now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="573"/>
        <source>Workspace in Use</source>
        <translation>工作区正在使用</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="577"/>
        <source>You can open it read-only: you will see its data but cannot change it.</source>
        <translation>可以只读打开：能查看数据，但不能修改。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="578"/>
        <source>Open &amp;Read-Only</source>
        <translation>只读打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="588"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="595"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="600"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="589"/>
        <source>workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="595"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="628"/>
        <source>“%1” is the workspace that is open now.</source>
        <translation>“%1”就是当前打开的工作区。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="600"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="632"/>
        <source>“%1” could not be replaced.</source>
        <translation>无法替换“%1”。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="612"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="622"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="628"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="632"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="637"/>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="654"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="658"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="665"/>
        <location filename="../src/ui/workspacecontroller.cpp" line="677"/>
        <source>Demo Data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="659"/>
        <source>Demo data can only fill an empty workspace. Create a new workspace with File › New Workspace… first.</source>
        <translation>演示数据只能填入空工作区。请先通过“文件 › 新建工作区…”创建新的工作区。</translation>
    </message>
    <message>
        <location filename="../src/ui/workspacecontroller.cpp" line="666"/>
        <source>Fill this workspace with about 12 groups, 3,000 members, 40 products, 25 campaigns and 8,000 orders of made-up demo data?</source>
        <translation>要用虚构的演示数据（约 12 个群、3,000 名成员、40 个商品、25 个活动和 8,000 个订单）填充此工作区吗？</translation>
    </message>
</context>
<context>
    <name>cohort::WorkspaceSettingsDialog</name>
    <message>
        <location filename="../src/ui/settings/workspacesettingsdialog.cpp" line="59"/>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>“%1”不是时区，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../src/ui/settings/workspacesettingsdialog.cpp" line="62"/>
        <source>The workspace is open read-only: its time zone cannot be changed.</source>
        <translation>工作区以只读方式打开，无法更改其时区。</translation>
    </message>
    <message>
        <location filename="../src/ui/settings/workspacesettingsdialog.cpp" line="65"/>
        <source>Now %1 there (%2).</source>
        <translation>当地现在是 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../src/ui/settings/workspacesettingsdialog.cpp" line="95"/>
        <source>Change Time Zone</source>
        <translation>更改时区</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/gui/main.cpp" line="94"/>
        <source>Workspace for chat-group community operators</source>
        <translation>面向社群运营者的工作台</translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="99"/>
        <source>Print the version of Cohort, Qt and SQLite.</source>
        <translation>显示 Cohort、Qt 和 SQLite 的版本。</translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="101"/>
        <source>Workspace file to open</source>
        <translation>要打开的工作区文件</translation>
    </message>
</context>
</TS>
