<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignStatus</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="396"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="398"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="400"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="402"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="404"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignType</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="353"/>
        <source>Flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="355"/>
        <source>Gift pack, tiered group price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="357"/>
        <source>Solitaire group-buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="359"/>
        <source>Member referral day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="361"/>
        <source>Red-packet activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="363"/>
        <source>Knowledge session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="365"/>
        <source>Check-in challenge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="20"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="34"/>
        <source>Cohort %1 (Qt %2, SQLite %3). Licence: GPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="40"/>
        <source>Usage: cohort-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="40"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="44"/>
        <source>Run “cohort-cli &lt;command&gt; --help” for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="45"/>
        <source>Exit status: 0 success, 1 user error, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/cli/cliapplication.cpp" line="70"/>
        <source>cohort-cli: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../src/ui/widgets/csvexport.cpp" line="43"/>
        <location filename="../src/ui/widgets/csvexport.cpp" line="66"/>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryThreshold</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="175"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="177"/>
        <source>Paid entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="179"/>
        <source>Referral only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="181"/>
        <source>Task to complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCommand</name>
    <message>
        <location filename="../src/ui/groups/groupcommand.cpp" line="23"/>
        <source>Add Group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupcommand.cpp" line="31"/>
        <source>Edit Group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupcommand.cpp" line="39"/>
        <source>Delete Group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/groups/groupcommand.cpp" line="41"/>
        <source>Delete %n Groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>e.g. Parent-child reading club 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Main business:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>What you sell here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Customer portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Age range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>e.g. 28-40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Gender mix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>e.g. 80% female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>N&amp;eeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Pains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Goals and entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Knowledge sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Q&amp;&amp;A / after-sales care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Traffic pool / service exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Product sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Pro&amp;motion policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Approved p&amp;romoters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Comma-separated names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>&amp;Entry threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Entry &amp;fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Group &amp;rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>The written rules members agree to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>Checked automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>No links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>No mini-program cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>No ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>No soliciting members privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/groupdialog.ui" line="4"/>
        <source>No flooding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupGoal</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="113"/>
        <source>Knowledge sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="115"/>
        <source>Q&amp;A / after-sales care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="117"/>
        <source>Traffic pool / service exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="119"/>
        <source>Product sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupStatus</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="78"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="80"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="82"/>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="84"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="216"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="218"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="220"/>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="222"/>
        <source>Seed user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="224"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="226"/>
        <source>Sharer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="228"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipEventKind</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="544"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="546"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="548"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="507"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="509"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="511"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="513"/>
        <source>Solitaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="515"/>
        <source>Link or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="517"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderChannel</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="468"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="470"/>
        <source>Solitaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="472"/>
        <source>CSV import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="474"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="433"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="435"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="437"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="439"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="37"/>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="39"/>
        <source>WeCom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="41"/>
        <source>QQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="43"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="45"/>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="47"/>
        <source>Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="49"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="9"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="17"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="30"/>
        <source>The new language applies at once; dates, numbers and money follow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductRole</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="312"/>
        <source>Traffic product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="314"/>
        <source>Profit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="316"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="318"/>
        <source>Service / course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionPolicy</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="144"/>
        <source>Private garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="146"/>
        <source>Free market</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceChannel</name>
    <message>
        <location filename="../src/domain/enums.cpp" line="267"/>
        <source>In-store QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="269"/>
        <source>Offline event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="271"/>
        <source>Referral by a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="273"/>
        <source>Paid entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="275"/>
        <source>Internal recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="277"/>
        <source>Task screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="279"/>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="281"/>
        <source>Chat import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/domain/enums.cpp" line="283"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <location filename="../src/import/textdecoding.cpp" line="97"/>
        <source>This file is encoded as %1, which this build of Qt cannot read. Re-save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cohort::Database</name>
    <message>
        <location filename="../src/storage/database.cpp" line="35"/>
        <location filename="../src/storage/database.cpp" line="103"/>
        <source>“%1” is not a Cohort workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="37"/>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="44"/>
        <source>“%1” is damaged (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="52"/>
        <location filename="../src/storage/database.cpp" line="64"/>
        <location filename="../src/storage/database.cpp" line="108"/>
        <source>“%1” is a database, but not a Cohort workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="94"/>
        <location filename="../src/storage/database.cpp" line="155"/>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="98"/>
        <location filename="../src/storage/database.cpp" line="120"/>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="128"/>
        <source>“%1” was written by a newer version of Cohort (workspace format %2; this version reads up to %3). Update Cohort to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="148"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="162"/>
        <source>“%1” uses an older workspace format and must be upgraded, which needs write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="214"/>
        <location filename="../src/storage/database.cpp" line="382"/>
        <source>“%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="389"/>
        <source>The copy “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="409"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="412"/>
        <source>The disk reported an input/output error. Nothing was saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="416"/>
        <source>The workspace is read-only. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="420"/>
        <source>The workspace is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="422"/>
        <source>The workspace is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="424"/>
        <source>This file is not a Cohort workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="426"/>
        <source>The workspace could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/database.cpp" line="428"/>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/grouprepository.cpp" line="177"/>
        <source>The group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/migrator.cpp" line="83"/>
        <source>Upgrading the workspace to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/storage/sqltransaction.cpp" line="20"/>
        <source>The workspace is open read-only. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cohort::GroupDialog</name>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="138"/>
        <source>Enter a name for the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="143"/>
        <source>Enter the entry fee as an amount such as 99 or 99.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/groupdialog.cpp" line="145"/>
        <source>A paid entry needs a fee above zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cohort::GroupPane</name>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="26"/>
        <location filename="../src/ui/groups/grouppane.cpp" line="96"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="32"/>
        <source>New Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="46"/>
        <source>Edit Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouppane.cpp" line="74"/>
        <source>No groups yet — add one with “Add…” above, or fill the workspace with demo data from the Help menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/ui/groups/grouppane.cpp" line="80"/>
        <source>Delete %n group(s)? Their memberships and imported messages are deleted with them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::GroupTableModel</name>
    <message>
        <location filename="../src/ui/groups/grouptablemodel.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptablemodel.cpp" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptablemodel.cpp" line="97"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptablemodel.cpp" line="99"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptablemodel.cpp" line="101"/>
        <source>Main business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptablemodel.cpp" line="103"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptablemodel.cpp" line="105"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptablemodel.cpp" line="107"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/groups/grouptablemodel.cpp" line="109"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cohort::MainWindow</name>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="33"/>
        <source>Cohort workspaces (*.cohort);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="158"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="159"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="160"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="161"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="162"/>
        <source>Save Workspace &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="163"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="164"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="165"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="167"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="168"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="169"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="170"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="171"/>
        <source>Show &amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="172"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="173"/>
        <source>&amp;About Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="174"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="221"/>
        <source>Could Not Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="240"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="312"/>
        <location filename="../src/ui/mainwindow.cpp" line="321"/>
        <location filename="../src/ui/mainwindow.cpp" line="326"/>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="313"/>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="321"/>
        <location filename="../src/ui/mainwindow.cpp" line="354"/>
        <source>“%1” is the workspace that is open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="326"/>
        <location filename="../src/ui/mainwindow.cpp" line="358"/>
        <source>“%1” could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="337"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="347"/>
        <location filename="../src/ui/mainwindow.cpp" line="354"/>
        <location filename="../src/ui/mainwindow.cpp" line="358"/>
        <location filename="../src/ui/mainwindow.cpp" line="363"/>
        <source>Save Workspace As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="380"/>
        <source>About Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="383"/>
        <source>Cohort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="385"/>
        <source>A workspace for operators of chat-group communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="388"/>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/mainwindow.cpp" line="390"/>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cohort::PreferencesDialog</name>
    <message>
        <location filename="../src/ui/settings/preferencesdialog.cpp" line="39"/>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cohort::TablePane</name>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="203"/>
        <location filename="../src/ui/widgets/tablepane.cpp" line="239"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="214"/>
        <location filename="../src/ui/widgets/tablepane.cpp" line="220"/>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="215"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="235"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="236"/>
        <source>Add a new row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="237"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="238"/>
        <source>Edit the selected row (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="240"/>
        <source>Delete the selected rows (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="241"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="242"/>
        <source>Export the rows shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="243"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="257"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="275"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/ui/widgets/tablepane.cpp" line="292"/>
        <source>Fit Columns to Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/gui/main.cpp" line="27"/>
        <source>Workspace for chat-group community operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/gui/main.cpp" line="31"/>
        <source>Workspace file to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
