<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>BillingPage</name>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a month issues late fees, rent and property fee invoices. Preview first: nothing is recorded until you post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid from credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmButton</name>
    <message>
        <source>Click again to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskMain</name>
    <message>
        <source>The Courtyard desk: the property manager&apos;s and the committee&apos;s desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the embedded demo community (its own server on 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the demo in &lt;dir&gt; (default: a temporary folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s data folder: ledger.db, directory.json, documents/ (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community server, wss://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 of the server&apos;s certificate, 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without activity (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every screen of the demo in English and Arabic to PNG files in &lt;dir&gt;, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in &lt;code&gt;: en, zh_CN, ja or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, ja or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lock-minutes takes a whole number from 1 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo community could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs --server-pin: the SHA-256 of the server&apos;s certificate, 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk cannot open its data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s screens could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Block %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: %1 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Courtyard desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courtyard desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment codes for new kiosks and the devices enrolled with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize a new kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby kiosk 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code valid for (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpensesPage</name>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee threshold: %1. The invoice file stays on this desk; its SHA-256 goes on the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record expense</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeasesPage</name>
    <message>
        <source>Leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lease to see its versions; every change is a new version, the old ones stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the selected lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents (ids, separated by spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing day (1-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (YYYY-MM-DD, empty: open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed lease (scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rent (empty: unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end (empty: unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions from the deposit, one per line: reason=amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate and settle the deposit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed in. Type the passphrase of the key file to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotInstalledPage</name>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key holds the roles %1. The committee&apos;s workspace (approvals, expense trail, budgets, verification, reports) is not part of this build of the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment, newest first. A reversal is a new transaction: nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter payments (unit, amount, status...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the selected payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee threshold: %1. Sort by status or age to see what waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the threshold: needs the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid to the vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor&apos;s invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the vendor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and phone numbers stay on this desk; the ledger only knows a resident&apos;s random id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk card and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (read it with the card reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll card and PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in with your personal key file and its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courtyard key files (*.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo community. Choose an identity to fill in its key file and passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · passphrase %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit with its area, share of the common costs, residents and what it owes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of common costs (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>courtyard::desk</name>
    <message>
        <source>cannot write the demo key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the demo folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo folder %1 holds a demo already; use an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the demo ledger to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 does not exist; choose it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desk does not know the transaction kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data folder given for the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no ledger at %1: enroll this desk with &apos;courtyard enroll&apos; or start it with --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is signed in already; sign out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 does not exist. Choose your personal key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Courtyard key file (or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this key file. Nothing was changed; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; holds no desk role (manager, committee or auditor) in this community&apos;s ledger. Ask the committee to grant one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger cannot be opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this key file. The desk stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory %1 is damaged (%2); restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the documents folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 into the documents folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored document %1 was changed: its SHA-256 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the resident&apos;s name (it stays on this desk, not on the ledger).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident %1 was registered, but the directory could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered in unit %2 (resident %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resident in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: resident %1 moved out of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the card with the reader (or type its number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card and PIN enrolled for resident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code for &quot;%1&quot;: %2 — give it to whoever sets the kiosk up; it is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open enrollment code in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an enrolled device in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device was revoked; its key can never sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease %1 created for unit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease %1 renewed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease %1 amended from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease %1 terminated on %2; the deposit is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period cannot be closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1 issues the invoices below (count: %2, total: %3). Check them, then post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the period first, then post it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed (invoices: %2, total: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash payment of %1 recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank payment of %1 recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose cash or bank transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote of %1 from %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote is at or above the committee threshold (%1): the committee must co-sign this approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair %1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair %1: work started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair %1: work complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor paid %1 for repair %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense of %1 to %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block failed verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every block verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
