import crypto from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { adminToken, register } from '../support/accounts';
import { dataOf, errorOf, graph, serverUrl, uniqueEmail } from '../support/graph';
import { finishedJob } from '../support/jobs-wait';

const PREVIEW = `query ($uploadId: ID!) { leadImportPreview(uploadId: $uploadId, rows: 3) { filename headers rows suggestedMapping { name email phone zip interests } } }`;
const START_IMPORT = `mutation ($input: LeadImportInput!) { startLeadImport(input: $input) { id state } }`;
const START_EXPORT = `mutation ($filter: LeadFilter) { startLeadExport(filter: $filter) { id state } }`;
const LEADS = `query ($search: String) { leads(search: $search) { totalCount edges { node { name email phone zip interests source consentSms } } } }`;
const SIGN_UP = `mutation ($input: LeadSignupInput!) { signUp(input: $input) { id } }`;

let admin: string;
beforeAll(async () => {
  admin = await adminToken();
});

async function upload(csv: string, token: string | null = admin, filename = 'leads.csv') {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), filename);
  return fetch(`${serverUrl()}/uploads/leads`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

const uniquePhone = () => `+1415${String(crypto.randomInt(2_000_000, 9_999_999))}`;

describe('lead CSV import', () => {
  it('takes uploads from admins only', async () => {
    expect((await upload('email\na@b.co\n', null)).status).toBe(401);
    const fan = await register({ label: 'fan-upload' });
    expect((await upload('email\na@b.co\n', fan.token)).status).toBe(403);
    const refused = errorOf(await graph(PREVIEW, { uploadId: crypto.randomUUID() }, { token: fan.token }));
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });

  it('previews the first rows, imports good rows, merges duplicates and reports bad rows with row, column and reason', async () => {
    const tag = crypto.randomUUID().slice(0, 6);
    const existing = uniqueEmail(`existing-${tag}`);
    dataOf(await graph(SIGN_UP, { input: { name: 'Signed Up Already', email: existing, consentSms: false } }));
    const [good1, good2, dupe] = [uniqueEmail(`good1-${tag}`), uniqueEmail(`good2-${tag}`), uniqueEmail(`dupe-${tag}`)];
    const phone1 = uniquePhone();
    const rows = [
      'Full Name;E-mail;Mobile;Postcode',
      `Ada Import;${good1};${phone1.slice(2)};94103`, // row 2: a US number without +1
      `Bo Import;${good2};;sw1a 1aa`, // row 3
      `Dupe Once;${dupe};;`, // row 4
      `Dupe Twice;${dupe.toUpperCase()};;10001`, // row 5: the same person again
      `;${existing};;75001`, // row 6: fills the existing lead's blank zip, keeps its name
      `Bad Email;not-an-email;;`, // row 7
      `Bad Phone;;12345;`, // row 8
      `No Contact;;;`, // row 9
      `Bad Zip;${uniqueEmail(`zip-${tag}`)};;!!`, // row 10
      `Broken "Quote;${uniqueEmail(`quote-${tag}`)};;`, // row 11: not valid CSV
    ];
    const res = await upload(`${rows.join('\n')}\n`, admin, 'spring-fair.csv');
    expect(res.status).toBe(201);
    const { uploadId, sizeBytes } = (await res.json()) as { uploadId: string; sizeBytes: number };
    expect(sizeBytes).toBeGreaterThan(100);

    const { leadImportPreview: preview } = dataOf(await graph(PREVIEW, { uploadId }, { token: admin }));
    expect(preview.filename).toBe('spring-fair.csv');
    expect(preview.headers).toEqual(['Full Name', 'E-mail', 'Mobile', 'Postcode']);
    expect(preview.rows[0]).toEqual(['Ada Import', good1, phone1.slice(2), '94103']);
    expect(preview.suggestedMapping).toEqual({ name: 0, email: 1, phone: 2, zip: 3, interests: null });

    const mapping = { name: 0, email: 1, phone: 2, zip: 3 };
    const { startLeadImport: started } = dataOf(await graph(START_IMPORT, { input: { uploadId, mapping, consentSms: true } }, { token: admin }));
    const job = await finishedJob(started.id, admin);
    expect(job).toMatchObject({ kind: 'leads.import', state: 'COMPLETED', processed: 10, total: 10 });
    expect(job.message).toMatch(/5 rejected/);

    const report = parse(await (await fetch(job.resultUrl!)).text()) as string[][];
    expect(report[0]).toEqual(['row', 'column', 'reason']);
    expect(report.slice(1).map(([row, column]) => [Number(row), column]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [7, 'email'],
      [8, 'phone'],
      [9, 'email'],
      [10, 'zip'],
      [11, ''],
    ]);

    const lead = async (search: string) => dataOf(await graph(LEADS, { search }, { token: admin })).leads;
    expect((await lead(good1)).edges[0].node).toMatchObject({ name: 'Ada Import', phone: phone1, zip: '94103', source: 'IMPORT', consentSms: true });
    expect((await lead(good2)).edges[0].node).toMatchObject({ zip: 'SW1A 1AA', consentSms: false });
    const dupes = await lead(dupe);
    expect(dupes.totalCount).toBe(1);
    expect(dupes.edges[0].node).toMatchObject({ name: 'Dupe Once', zip: '10001' });
    expect((await lead(existing)).edges[0].node).toMatchObject({ name: 'Signed Up Already', zip: '75001', source: 'SIGNUP' });
  });

  it('makes one lead of a person whose rows fall in different batches written at the same time', async () => {
    // Batches hold 2,000 rows and two are written at once: rows 1, 2,500 and 4,100 are one person.
    const tag = crypto.randomUUID().slice(0, 6);
    const email = uniqueEmail(`spread-${tag}`);
    const otherEmail = uniqueEmail(`spread-other-${tag}`);
    const phone = uniquePhone();
    const rows = ['name,email,phone,zip'];
    for (let row = 1; row <= 4_500; row++) {
      if (row === 1) rows.push(`Pat First,${email},${phone},`);
      else if (row === 2_500) rows.push(`Pat Second,${email.toUpperCase()},,10001`); // same email
      else if (row === 4_100) rows.push(`Pat Third,${otherEmail},${phone},`); // same phone, another email
      else rows.push(`Filler ${row},filler-${row}-${tag}@example.test,,`);
    }
    const { uploadId } = (await (await upload(`${rows.join('\n')}\n`)).json()) as { uploadId: string };
    const mapping = { name: 0, email: 1, phone: 2, zip: 3 };
    const { startLeadImport: started } = dataOf(await graph(START_IMPORT, { input: { uploadId, mapping } }, { token: admin }));
    const job = await finishedJob(started.id, admin);
    expect(job).toMatchObject({ state: 'COMPLETED', processed: 4_500 });
    expect(job.message).toBe('4500 rows: 4498 new leads, 2 merged into existing ones, 0 rejected (see the error report).');

    const leads = async (search: string) => dataOf(await graph(LEADS, { search }, { token: admin })).leads;
    const person = await leads(phone);
    expect(person.totalCount).toBe(1);
    // The first row made the lead; later rows only filled what it lacked (email wins, then phone).
    expect(person.edges[0].node).toMatchObject({ name: 'Pat First', email, phone, zip: '10001' });
    expect((await leads(otherEmail)).totalCount).toBe(0);
    expect((await leads(`filler-4499-${tag}`)).totalCount).toBe(1);
  });

  it('makes no duplicates when the same people sign up while their import runs', async () => {
    const tag = `race${crypto.randomUUID().slice(0, 6)}`;
    const emails = Array.from({ length: 3_000 }, (_, i) => `${tag}-${i}@example.test`);
    const csv = `name,email\n${emails.map((email, i) => `Imported ${i},${email}`).join('\n')}\n`;
    const { uploadId } = (await (await upload(csv)).json()) as { uploadId: string };
    const { startLeadImport: started } = dataOf(await graph(START_IMPORT, { input: { uploadId, mapping: { name: 0, email: 1 } } }, { token: admin }));
    // Every fifth person also signs up on the form meanwhile, 25 at a time.
    const signups = emails.filter((_, i) => i % 5 === 0);
    for (let i = 0; i < signups.length; i += 25) {
      await Promise.all(signups.slice(i, i + 25).map(async (email) => dataOf(await graph(SIGN_UP, { input: { name: 'Signed Up', email, consentSms: false } }))));
    }
    const job = await finishedJob(started.id, admin);
    expect(job.state).toBe('COMPLETED');
    const [, created, merged, rejected] = /: (\d+) new leads, (\d+) merged into existing ones, (\d+) rejected/.exec(job.message ?? '')!.map(Number);
    expect(created + merged).toBe(3_000);
    expect(rejected).toBe(0);
    expect(dataOf(await graph(LEADS, { search: tag }, { token: admin })).leads.totalCount).toBe(3_000);
  });

  it('suggests the email and phone columns by their cells when no header names them', async () => {
    const csv = [
      'Ref,Who,Reach me at,Contact no,Notes',
      `4101,Ada,ada@example.com,(415) 555-0101,VIP`,
      `4102,Bo,bo@example.com,12,`, // a typo does not hide the phone column
      `4103,Cy,,+44 20 7946 0958,called back`,
    ].join('\n');
    const { uploadId } = (await (await upload(`${csv}\n`)).json()) as { uploadId: string };
    const { leadImportPreview: preview } = dataOf(await graph(PREVIEW, { uploadId }, { token: admin }));
    expect(preview.suggestedMapping).toEqual({ name: null, email: 2, phone: 3, zip: null, interests: null });
  });

  it('refuses an import that maps neither email nor phone', async () => {
    const { uploadId } = (await (await upload('name\nAda\n')).json()) as { uploadId: string };
    const error = errorOf(await graph(START_IMPORT, { input: { uploadId, mapping: { name: 0 } } }, { token: admin }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping' });
  });
});

describe('lead CSV export', () => {
  it('exports the filtered leads with formula-looking cells neutralised', async () => {
    const tag = `export${crypto.randomUUID().slice(0, 6)}`;
    const names = ['=HYPERLINK("http://evil.example","click")', '+SUM(1,2)', '-2+3', '@cmd'];
    for (const name of names) dataOf(await graph(SIGN_UP, { input: { name, email: uniqueEmail(tag), consentSms: false } }));
    const { startLeadExport: started } = dataOf(await graph(START_EXPORT, { filter: { search: tag } }, { token: admin }));
    const job = await finishedJob(started.id, admin);
    expect(job).toMatchObject({ kind: 'leads.export', state: 'COMPLETED', processed: 4 });
    const rows = parse(await (await fetch(job.resultUrl!)).text()) as string[][];
    expect(rows[0]).toEqual(['id', 'name', 'email', 'phone', 'zip', 'interests', 'event_ids', 'source', 'consent_sms', 'consent_at', 'opted_out', 'created_at']);
    expect(rows.slice(1).map((row) => row[1]).sort()).toEqual(names.map((name) => `'${name}`).sort());
    expect(rows.slice(1).every((row) => row[2].includes(tag))).toBe(true);
  });
});
