// The page of the decision service: plain script, no build step. Every decision comes from the API;
// this script only gathers the form, sends it, and shows the answer in the chosen language.
'use strict';

const TEXTS = {
  zh: {
    title: '人才项目政策判定', apiDocs: '接口文档', token: '访问令牌', save: '保存',
    tabCase: '单个案例', tabSheet: '批量表格', programme: '申报项目', asOf: '基准日',
    asOfHint: '年龄、期限和文件施行期均按此日判定', facts: '事实', attestations: '审核人认定', decide: '判定',
    stillNeeded: '待补充', findingsTitle: '逐条审查结果', status: '结果', rule: '规则', article: '条款', message: '说明',
    whatWouldMake: '如何符合条件',
    dropHere: '将 CSV 或 XLSX 表格拖到这里，或', chooseFile: '选择文件',
    sheetHint: '表头用各项事实的中文名称；“项目”列写每行申报的项目',
    sheetProgramme: '无“项目”列时的项目', sheetAsOf: '无“基准日”列时的基准日', anyProgramme: '（按表格中的“项目”列）',
    download: '下载判定后的表格', chartOutcomes: '各项目结论', chartFunding: '各项目资助金额（元）',
    filterOutcome: '结论', filterProgramme: '项目', all: '全部', error: '出错',
    colRow: '行', colWho: '姓名', colProgramme: '项目', colOutcome: '结论', colAmount: '资助金额（元）', colReason: '说明',
    footerRules: '每项判定均来自规则包，逐条引用政策文件条款；本页面不作判定。', footerCharts: '图表：',
    notGiven: '— 未填 —', yes: '是', no: '否', attested: '认定为是', notAttested: '认定为否',
    document: '文件', inForce: '施行期', noEnd: '未规定终止日', applicant: '申报主体', person: '个人', unit: '单位',
    funding: '资助', cap: '最高', range: '区间', unspecified: '文件未规定金额', tranches: '分期拨付',
    perYear: '/年', perMonth: '/月', perPerson: '/人', yuan: '元', overridden: '（已被放宽或例外规则覆盖）',
    colon: '：', semicolon: '；', open: '（', close: '）',
    uploading: '正在上传……', checking: (p) => `第 ${p.pass}/${p.passes} 遍：已判定 ${p.rowsDone}${p.rowsTotal != null ? ' / ' + p.rowsTotal : ''} 行`,
    shown: (n, total) => n < total ? `显示前 ${n} 行，共 ${total} 行` : `共 ${total} 行`,
    wrongType: '请上传 .csv 或 .xlsx 文件', field: '字段', row: '行',
    outcomes: { ELIGIBLE: '符合条件', INELIGIBLE: '不符合条件', NEEDS_REVIEW: '需人工审核', ERROR: '出错' },
    statuses: { PASS: '符合', FAIL: '不符合', REVIEW: '需审核' },
    states: { PENDING: '待拨付', DUE: '应拨付', PAID: '已拨付', STOPPED: '停止拨付', RECLAIMED: '追回' },
  },
  en: {
    title: 'Talent programme decisions', apiDocs: 'API documentation', token: 'Access token', save: 'Save',
    tabCase: 'One case', tabSheet: 'A sheet', programme: 'Programme', asOf: 'Reference date',
    asOfHint: 'Ages, periods and the document\'s in-force dates are judged on this day', facts: 'Facts',
    attestations: 'Reviewer\'s attestations', decide: 'Decide',
    stillNeeded: 'Still needed', findingsTitle: 'Findings, article by article', status: 'Result', rule: 'Rule',
    article: 'Article', message: 'Values compared',
    whatWouldMake: 'What would make it eligible',
    dropHere: 'Drop a CSV or XLSX sheet here, or', chooseFile: 'Choose a file',
    sheetHint: 'Headers: the facts\' Chinese or English labels; a 项目 (programme) column names each row\'s programme',
    sheetProgramme: 'Programme of rows without a programme column', sheetAsOf: 'Reference date of rows without one',
    anyProgramme: '(from the sheet\'s programme column)',
    download: 'Download the decided sheet', chartOutcomes: 'Outcomes by programme', chartFunding: 'Funding by programme (yuan)',
    filterOutcome: 'Outcome', filterProgramme: 'Programme', all: 'All', error: 'Error',
    colRow: 'Row', colWho: 'Name', colProgramme: 'Programme', colOutcome: 'Outcome', colAmount: 'Amount (yuan)', colReason: 'Reason',
    footerRules: 'Every decision comes from the rule packs, citing the policy documents article by article; this page decides nothing.',
    footerCharts: 'Charts: ',
    notGiven: '— not given —', yes: 'yes', no: 'no', attested: 'attested: yes', notAttested: 'attested: no',
    document: 'Document', inForce: 'in force', noEnd: 'no end date', applicant: 'applicant', person: 'a person', unit: 'a unit',
    funding: 'Funding', cap: 'up to', range: 'range', unspecified: 'amount not stated in the document', tranches: 'Tranches',
    perYear: '/year', perMonth: '/month', perPerson: '/person', yuan: 'yuan', overridden: '(overridden by a relaxation or exception)',
    colon: ': ', semicolon: '; ', open: ' (', close: ')',
    uploading: 'Uploading…', checking: (p) => `pass ${p.pass} of ${p.passes}: ${p.rowsDone}${p.rowsTotal != null ? ' of ' + p.rowsTotal : ''} rows decided`,
    shown: (n, total) => n < total ? `showing the first ${n} of ${total} rows` : `${total} rows`,
    wrongType: 'Upload a .csv or .xlsx file', field: 'field', row: 'row',
    outcomes: { ELIGIBLE: 'eligible', INELIGIBLE: 'ineligible', NEEDS_REVIEW: 'needs review', ERROR: 'error' },
    statuses: { PASS: 'pass', FAIL: 'fail', REVIEW: 'review' },
    states: { PENDING: 'pending', DUE: 'due', PAID: 'paid', STOPPED: 'stopped', RECLAIMED: 'reclaimed' },
  },
};
const SHOWN_ROWS = 1000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const $ = (id) => document.getElementById(id);

const state = {
  lang: new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh',
  programme: null,        // GET /api/programmes/{id}
  lastCase: null,         // the last case sent, to decide again in the other language
  sheetFile: null,        // the last sheet dropped, to check again in the other language
  rows: [],
};
const t = (key) => TEXTS[state.lang][key];

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  children.flat().forEach((c) => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return e;
}

// ---------- the API ----------

function token() {
  return sessionStorage.getItem('talent-rules-token') || '';
}

async function api(path, options = {}) {
  const url = new URL(path, location.origin);
  url.searchParams.set('lang', state.lang);
  const headers = Object.assign({}, options.headers || {});
  if (token()) headers.Authorization = 'Bearer ' + token();
  const response = await fetch(url, Object.assign({}, options, { headers }));
  if (response.status === 401) $('token-bar').hidden = false;
  return response;
}

/** A problem (RFC 9457) in words: its title, detail, and the field or row at fault. */
function problemText(p) {
  let s = (p.title || '') + (p.detail ? '\n' + p.detail : '');
  if (p.field) s += `\n${t('field')}: ${p.field}`;
  if (p.row != null) s += `\n${t('row')}: ${p.row}`;
  (p.errors || []).forEach((e) => { s += `\n• ${e.field}: ${e.detail}`; });
  return s;
}

async function problemOf(response) {
  try { return await response.json(); } catch (e) { return { title: response.status + ' ' + response.statusText }; }
}

// ---------- language ----------

function applyTexts() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t); });
  document.querySelectorAll('.switch button').forEach((b) => b.classList.toggle('active', b.dataset.lang === state.lang));
}

async function switchLanguage(lang) {
  if (lang === state.lang) return;
  state.lang = lang;
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
  applyTexts();
  const values = formValues();
  await loadProgrammes(state.programme && state.programme.id);
  restoreFormValues(values);
  if (state.lastCase) await decide(state.lastCase);
  if (state.sheetFile) await uploadSheet(state.sheetFile);
}

// ---------- one case ----------

async function loadProgrammes(selected) {
  const response = await api('/api/programmes');
  if (!response.ok) { showProblem('case-problem', await problemOf(response)); return; }
  const list = await response.json();
  const select = $('programme');
  const sheetSelect = $('sheet-programme');
  select.replaceChildren();
  sheetSelect.replaceChildren(el('option', { value: '', text: t('anyProgramme') }));
  for (const pack of list.packs) {
    for (const doc of pack.documents) {
      const label = `${pack.id} · ${doc.id} ${doc.title}`;
      const group = el('optgroup', { label });
      const sheetGroup = el('optgroup', { label });
      for (const p of doc.programmes) {
        group.append(el('option', { value: p.id, text: `${p.name} (${p.id})` }));
        sheetGroup.append(el('option', { value: p.id, text: `${p.name} (${p.id})` }));
      }
      select.append(group);
      sheetSelect.append(sheetGroup);
    }
  }
  if (selected) select.value = selected;
  await loadProgramme(select.value);
}

async function loadProgramme(id) {
  const asOf = $('asOf').value;
  const response = await api(`/api/programmes/${encodeURIComponent(id)}` + (asOf ? `?asOf=${asOf}` : ''));
  if (!response.ok) { showProblem('case-problem', await problemOf(response)); return; }
  const p = await response.json();
  state.programme = p;
  const d = p.document;
  $('programme-info').textContent = `${t('document')}${t('colon')}${d.id} ${d.title}${t('semicolon')}${t('inForce')} ${d.inForce.from} – `
      + `${d.inForce.until || t('noEnd')}${t('open')}${d.inForce.article}${t('close')}${t('semicolon')}`
      + `${t('applicant')}${t('colon')}${t(p.applicant) || p.applicant}`;
  const facts = document.querySelector('#facts .fields');
  facts.replaceChildren(...p.facts.map(factField));
  const attestations = document.querySelector('#attestations .fields');
  attestations.replaceChildren(...p.attestations.map(attestationField));
  $('attestations').hidden = p.attestations.length === 0;
}

function factField(f) {
  const id = 'fact-' + f.name;
  let input;
  if (f.input === 'select' || f.input === 'multiselect') {
    input = el('select', { id, name: f.name, multiple: f.input === 'multiselect' ? '' : null });
    if (f.input === 'select') input.append(el('option', { value: '', text: t('notGiven') }));
    f.choices.forEach((c) => input.append(el('option', { value: c.value, text: c.label })));
  } else if (f.input === 'date') {
    input = el('input', { id, name: f.name, type: 'date' });
  } else if (f.input === 'integer' || f.input === 'decimal') {
    input = el('input', { id, name: f.name, type: 'number', step: f.input === 'integer' ? '1' : 'any', inputmode: 'decimal' });
  } else {
    input = el('input', { id, name: f.name, type: 'text', placeholder: f.type === 'codes' ? 'A, B' : null });
  }
  input.dataset.type = f.type;
  const box = f.unit ? el('div', { class: 'with-unit' }, input, el('span', { class: 'unit', text: f.unit })) : input;
  return el('div', {}, el('label', { for: id, text: f.label }), box, f.hint ? el('p', { class: 'hint', text: f.hint }) : '');
}

function attestationField(a) {
  const id = 'att-' + a.name;
  const input = el('select', { id, name: a.name },
      el('option', { value: '', text: t('notGiven') }),
      el('option', { value: 'true', text: t('attested') }),
      el('option', { value: 'false', text: t('notAttested') }));
  return el('div', {}, el('label', { for: id, text: a.label }), input, a.hint ? el('p', { class: 'hint', text: a.hint }) : '');
}

/** The form as a case: an empty field is an absent fact, never zero or false. */
function caseFromForm() {
  const c = { program: $('programme').value, asOf: $('asOf').value, facts: {}, attestations: {} };
  document.querySelectorAll('#facts [name]').forEach((input) => {
    const type = input.dataset.type;
    if (input.multiple) {
      const chosen = [...input.selectedOptions].map((o) => o.value);
      if (chosen.length) c.facts[input.name] = chosen;
      return;
    }
    const v = input.value.trim();
    if (v === '') return;
    if (type === 'boolean') c.facts[input.name] = v === 'true';
    else if (type === 'integer' || type === 'decimal' || type === 'yuan') c.facts[input.name] = Number(v);
    else if (type === 'codes') c.facts[input.name] = v.split(/[,，、\s]+/).filter((x) => x);
    else c.facts[input.name] = v;
  });
  document.querySelectorAll('#attestations [name]').forEach((input) => {
    if (input.value !== '') c.attestations[input.name] = input.value === 'true';
  });
  return c;
}

function formValues() {
  const values = {};
  document.querySelectorAll('#facts [name], #attestations [name]').forEach((i) => {
    values[i.id] = i.multiple ? [...i.selectedOptions].map((o) => o.value) : i.value;
  });
  return values;
}

function restoreFormValues(values) {
  for (const [id, v] of Object.entries(values)) {
    const input = $(id);
    if (!input) continue;
    if (input.multiple) [...input.options].forEach((o) => { o.selected = v.includes(o.value); });
    else input.value = v;
  }
}

async function decide(c) {
  state.lastCase = c;
  document.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
  const response = await api('/api/decide', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(c) });
  if (!response.ok) {
    const p = await problemOf(response);
    $('decision').hidden = true;
    showProblem('case-problem', p);
    const name = (p.field || '').replace(/^facts\.|^attestations\./, '');
    const input = $('fact-' + name) || $('att-' + name) || (p.field === 'asOf' ? $('asOf') : null);
    if (input) input.classList.add('invalid');
    return;
  }
  $('case-problem').hidden = true;
  showDecision(await response.json());
  await find(c);
}

function money(amount, unit) {
  const per = { 'yuan/year': t('perYear'), 'yuan/month': t('perMonth'), 'yuan/person': t('perPerson') }[unit] || '';
  return Number(amount).toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en') + ' ' + t('yuan') + per;
}

function labelOf(field) {
  const [kind, name] = field.split('.');
  const list = state.programme ? (kind === 'attestations' ? state.programme.attestations : state.programme.facts) : [];
  const spec = list.find((f) => f.name === name);
  return spec ? `${spec.label} (${field})` : field;
}

function showDecision(d) {
  $('decision').hidden = false;
  const outcome = $('outcome');
  outcome.className = 'outcome ' + d.outcome;
  outcome.dataset.outcome = d.outcome;
  outcome.textContent = t('outcomes')[d.outcome] || d.outcome;
  $('summary').textContent = d.summary;
  const funding = $('funding');
  funding.replaceChildren();
  if (d.funding) {
    const f = d.funding;
    const parts = [];
    if (f.amount != null) parts.push(money(f.amount, f.unit));
    if (f.cap != null) parts.push(`${t('cap')} ${money(f.cap, f.unit)}`);
    if (f.range) parts.push(`${t('range')} ${money(f.range.min, f.unit)} – ${money(f.range.max, f.unit)}`);
    if (f.unspecified) parts.push(t('unspecified'));
    funding.append(el('p', {}, el('strong', { text: t('funding') + t('colon') }), parts.join(t('semicolon'))));
    if (f.tranches && f.tranches.length) {
      funding.append(el('p', { text: t('tranches') }),
          el('ol', {}, f.tranches.map((x) => el('li', { text: `${money(x.amount, 'yuan')} — ${x.when} (${t('states')[x.state] || x.state})` }))));
    }
  }
  $('missing-block').hidden = d.missing.length === 0;
  $('missing').replaceChildren(...d.missing.map((m) => el('li', { text: labelOf(m) })));
  const overridden = new Set(d.findings.filter((f) => f.relaxes).map((f) => f.relaxes));
  $('findings').tBodies[0].replaceChildren(...d.findings.map((f) => el('tr', { class: overridden.has(f.rule) ? 'overridden' : null },
      el('td', { class: f.status, text: t('statuses')[f.status] || f.status }),
      el('td', { text: f.rule + (overridden.has(f.rule) ? ' ' + t('overridden') : '') }),
      el('td', { text: f.article }),
      el('td', { text: f.message }))));
}

/**
 * What would make the case eligible, and which programmes fit: POST /api/find (issue 16) with the case as a
 * profile of its programme's kind of applicant; every programme of that kind, ranked, each with its suggestions.
 */
async function find(c) {
  const profile = { applicant: state.programme.applicant, asOf: c.asOf, facts: c.facts, attestations: c.attestations };
  const response = await api('/api/find', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(profile) });
  const box = $('find-result');
  if (!response.ok) { box.textContent = problemText(await problemOf(response)); return; }
  const found = await response.json();
  const ranked = [...found.eligible, ...found.needsReview, ...found.ineligible];
  box.replaceChildren(...ranked.map((p) => el('div', {},
      el('strong', { text: `${p.programName} — ${t('outcomes')[p.outcome] || p.outcome}` }),
      el('ul', {}, p.suggestions.filter((x) => x.kind === 'CHANGE' || x.kind === 'FIXED').map((x) => el('li', { text: x.text }))))));
}

function showProblem(id, p) {
  const box = $(id);
  box.hidden = false;
  box.textContent = problemText(p);
}

// ---------- a sheet ----------

async function uploadSheet(file) {
  const name = file.name.toLowerCase();
  const type = name.endsWith('.csv') ? 'text/csv' : name.endsWith('.xlsx') ? XLSX : null;
  $('sheet-problem').hidden = true;
  $('sheet-result').hidden = true;
  if (!type) { showProblem('sheet-problem', { title: t('wrongType') }); return; }
  state.sheetFile = file;
  $('sheet-progress-block').hidden = false;
  $('sheet-progress').removeAttribute('value');
  $('sheet-status').textContent = t('uploading');
  const query = new URLSearchParams({ rows: 'true', name: file.name });
  if ($('sheet-programme').value) query.set('program', $('sheet-programme').value);
  if ($('sheet-asOf').value) query.set('asOf', $('sheet-asOf').value);
  let response = await api('/api/sheets?' + query, { method: 'POST', headers: { 'Content-Type': type }, body: file });
  if (!response.ok) { $('sheet-progress-block').hidden = true; showProblem('sheet-problem', await problemOf(response)); return; }
  let job = await response.json();
  while (job.state === 'RUNNING') {
    showProgress(job.progress);
    response = await api(`/api/sheets/${job.job}?wait=1`);
    if (!response.ok) { showProblem('sheet-problem', await problemOf(response)); return; }
    job = await response.json();
  }
  $('sheet-progress-block').hidden = true;
  if (job.state === 'FAILED') { showProblem('sheet-problem', job.problem); return; }
  await showSheet(job);
}

function showProgress(p) {
  const bar = $('sheet-progress');
  if (p.rowsTotal) bar.value = Math.round(100 * ((p.pass - 1) + p.rowsDone / p.rowsTotal) / p.passes);
  else bar.value = Math.round(100 * (p.pass - 1) / p.passes) + 5;
  $('sheet-status').textContent = t('checking')(p);
}

async function showSheet(job) {
  $('sheet-summary').textContent = job.summaryText;
  const rows = await api(job.rows);
  state.rows = rows.ok ? await rows.json() : [];
  const result = await api(job.result);
  const link = $('download');
  if (link.href && link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(await result.blob());
  link.download = 'decided-' + job.name;
  const outcomes = $('filter-outcome');
  outcomes.replaceChildren(el('option', { value: '', text: t('all') }),
      ...['ELIGIBLE', 'NEEDS_REVIEW', 'INELIGIBLE', 'ERROR'].map((o) => el('option', { value: o, text: t('outcomes')[o] })));
  const programmes = $('filter-programme');
  const names = new Map(state.rows.filter((r) => r.program).map((r) => [r.program, r.programName]));
  programmes.replaceChildren(el('option', { value: '', text: t('all') }),
      ...[...names].map(([id, n]) => el('option', { value: id, text: n })));
  $('sheet-result').hidden = false;
  showRows();
  showCharts();
}

const outcomeOf = (r) => r.outcome || 'ERROR';

function showRows() {
  const outcome = $('filter-outcome').value;
  const programme = $('filter-programme').value;
  const matching = state.rows.filter((r) => (!outcome || outcomeOf(r) === outcome) && (!programme || r.program === programme));
  const shown = matching.slice(0, SHOWN_ROWS);
  $('rows').tBodies[0].replaceChildren(...shown.map((r) => {
    const cells = r.cells || {};
    const who = cells['姓名'] || cells['name'] || cells['Name'] || Object.values(cells)[0] || '';
    const amount = r.funding && r.funding.amount != null ? money(r.funding.amount, r.funding.unit) : '';
    return el('tr', { 'data-outcome': outcomeOf(r) },
        el('td', { text: r.row, title: r.sheet }),
        el('td', { text: who }),
        el('td', { text: r.programName || cells['项目'] || '' }),
        el('td', { class: outcomeOf(r), text: t('outcomes')[outcomeOf(r)] }),
        el('td', { text: amount }),
        el('td', { text: r.error || r.summary || '' }));
  }));
  $('row-count').textContent = t('shown')(shown.length, matching.length);
}

function showCharts() {
  const byProgramme = new Map();
  for (const r of state.rows) {
    const key = r.programName || t('error');
    const e = byProgramme.get(key) || { ELIGIBLE: 0, NEEDS_REVIEW: 0, INELIGIBLE: 0, ERROR: 0, eligible: 0, review: 0 };
    e[outcomeOf(r)] += 1;
    if (r.funding && r.funding.amount != null && r.funding.unit === 'yuan') {
      if (r.outcome === 'ELIGIBLE') e.eligible += Number(r.funding.amount);
      if (r.outcome === 'NEEDS_REVIEW') e.review += Number(r.funding.amount);
    }
    byProgramme.set(key, e);
  }
  const names = [...byProgramme.keys()];
  const colours = { ELIGIBLE: '#1e7b34', NEEDS_REVIEW: '#a86800', INELIGIBLE: '#b4232c', ERROR: '#9aa5b1' };
  chart('chart-outcomes', {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 50, right: 20, bottom: 60 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 3 ? 20 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: ['ELIGIBLE', 'NEEDS_REVIEW', 'INELIGIBLE', 'ERROR'].map((o) => ({
      name: t('outcomes')[o], type: 'bar', stack: 'rows', color: colours[o], data: names.map((n) => byProgramme.get(n)[o]) })),
  });
  const funded = names.filter((n) => n !== t('error'));   // rows in error have no programme and no funding
  chart('chart-funding', {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 80, right: 20, bottom: 60 },
    xAxis: { type: 'category', data: funded, axisLabel: { interval: 0, rotate: funded.length > 3 ? 20 : 0 } },
    yAxis: { type: 'value' },
    series: [
      { name: t('outcomes').ELIGIBLE, type: 'bar', color: colours.ELIGIBLE, data: funded.map((n) => byProgramme.get(n).eligible) },
      { name: t('outcomes').NEEDS_REVIEW, type: 'bar', color: colours.NEEDS_REVIEW, data: funded.map((n) => byProgramme.get(n).review) },
    ],
  });
}

function chart(id, option) {
  if (typeof echarts === 'undefined') return;
  const box = $(id);
  const c = echarts.getInstanceByDom(box) || echarts.init(box);
  c.setOption(option, true);
  c.resize();
}

// ---------- start ----------

/** Runs a step that rebuilds part of the page; body[data-ready] is 'false' meanwhile (tests wait on it). */
async function step(work) {
  document.body.dataset.ready = 'false';
  try { await work(); } finally { document.body.dataset.ready = 'true'; }
}

function showTab(button) {
  document.querySelectorAll('.tab').forEach((b) => b.classList.toggle('active', b === button));
  document.querySelectorAll('.panel').forEach((p) => { p.hidden = p.id !== button.dataset.panel; });
  if (button.dataset.panel === 'sheet-panel' && state.rows.length) showCharts();
}

document.addEventListener('DOMContentLoaded', async () => {
  applyTexts();
  $('asOf').value = new Date().toISOString().slice(0, 10);
  document.querySelectorAll('.switch button').forEach((b) => b.addEventListener('click', () => step(() => switchLanguage(b.dataset.lang))));
  document.querySelectorAll('.tab').forEach((b) => b.addEventListener('click', () => showTab(b)));
  $('programme').addEventListener('change', () => step(() => {
    state.lastCase = null;
    $('decision').hidden = true;
    return loadProgramme($('programme').value);
  }));
  $('asOf').addEventListener('change', () => step(async () => {
    const values = formValues();
    await loadProgramme($('programme').value);
    restoreFormValues(values);
  }));
  $('case-form').addEventListener('submit', (e) => { e.preventDefault(); step(() => decide(caseFromForm())); });
  $('token-save').addEventListener('click', () => {
    sessionStorage.setItem('talent-rules-token', $('token').value);
    $('token-bar').hidden = true;
    step(() => loadProgrammes());
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files.length) step(() => uploadSheet(e.dataTransfer.files[0]));
  });
  $('sheet-file').addEventListener('change', (e) => { if (e.target.files.length) step(() => uploadSheet(e.target.files[0])); });
  $('filter-outcome').addEventListener('change', showRows);
  $('filter-programme').addEventListener('change', showRows);
  window.addEventListener('resize', () => ['chart-outcomes', 'chart-funding'].forEach((id) => {
    const c = typeof echarts !== 'undefined' && echarts.getInstanceByDom($(id));
    if (c) c.resize();
  }));
  await step(() => loadProgrammes());
});
