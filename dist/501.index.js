export const id=501;export const ids=[501];export const modules={
98141:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
W:()=>artifactUrl,h:()=>githubContext});var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;function need(env,name){const value=env[name];if(value===undefined||value===""){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${name} is not set: this action must run as a step of a GitHub Actions job (the runner sets ${name})`)
}return value}function githubContext(env=process.env){const repository=need(env,"GITHUB_REPOSITORY")
;const[owner,repo]=repository.split("/")
;if(!owner||!repo)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`GITHUB_REPOSITORY must be owner/repo, got ${JSON.stringify(repository)}`)
;return{serverUrl:(env.GITHUB_SERVER_URL||"https://github.com").replace(/\/+$/,""),
apiUrl:(env.GITHUB_API_URL||"https://api.github.com").replace(/\/+$/,""),owner:owner,repo:repo,repository:repository,
runId:need(env,"GITHUB_RUN_ID"),runAttempt:env.GITHUB_RUN_ATTEMPT||"1",job:env.GITHUB_JOB||"job",
actor:env.GITHUB_ACTOR||undefined,triggeringActor:env.GITHUB_TRIGGERING_ACTOR||undefined,
workspace:env.GITHUB_WORKSPACE||process.cwd(),runnerTemp:env.RUNNER_TEMP||need(env,"RUNNER_TEMP")}}
function artifactUrl(ctx,artifactId){
return`${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/artifacts/${artifactId}`}},
85458:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
B:()=>resultOf,n:()=>outcomeOutputs});var _outputs_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(18948)
;function outcomeOutputs(outcome){(0,_outputs_js__WEBPACK_IMPORTED_MODULE_0__.n)({"run-id":outcome.runId,
status:outcome.status,"run-dir":outcome.runDir,"gate-id":outcome.status==="paused"?outcome.gate?.gate_id:undefined,
"workflow-hash":outcome.workflowHash??undefined})}function resultOf(outcome,artifactName){
if(outcome.status==="failed"||outcome.status==="rejected"){const why=outcome.failure?.reason??"no reason recorded"
;return{failure:`AWO run ${outcome.runId} ${outcome.status}: ${why}. The evidence is uploaded as ${artifactName}.`}}
return{}}},94501:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{
candidateRunDirs:()=>candidateRunDirs,runPost:()=>runPost})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(91659)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(74296)
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(31614)
;var _store_run_reading_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(92086)
;var _github_context_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(98141)
;var _outcome_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(85458)
;var _publish_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(87080)
;var _state_js__WEBPACK_IMPORTED_MODULE_9__=__webpack_require__(33175);function candidateRunDirs(){
const runDir=_state_js__WEBPACK_IMPORTED_MODULE_9__.LF(_state_js__WEBPACK_IMPORTED_MODULE_9__.HP.runDir)
;if(runDir)return[runDir]
;const runsDir=_state_js__WEBPACK_IMPORTED_MODULE_9__.LF(_state_js__WEBPACK_IMPORTED_MODULE_9__.HP.runsDir)
;if(!runsDir||!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(runsDir))return[];let known=[];try{
known=JSON.parse(_state_js__WEBPACK_IMPORTED_MODULE_9__.LF(_state_js__WEBPACK_IMPORTED_MODULE_9__.HP.knownRuns)||"[]")
}catch{known=[]}
return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(runsDir).filter(name=>!known.includes(name)&&node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir,name,"input.json"))).map(name=>node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir,name))
}async function runPost(){try{
const finished=_state_js__WEBPACK_IMPORTED_MODULE_9__.LF(_state_js__WEBPACK_IMPORTED_MODULE_9__.HP.finished)==="true"
;const dirs=candidateRunDirs();if(dirs.length===0){
_actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(finished?"AWO: the main step finished; nothing to seal":"AWO: the main step had not created a run folder; nothing to seal")
;return}const ctx=(0,_github_context_js__WEBPACK_IMPORTED_MODULE_6__.h)()
;const retentionDays=Number(_state_js__WEBPACK_IMPORTED_MODULE_9__.LF(_state_js__WEBPACK_IMPORTED_MODULE_9__.HP.retentionDays)||"0")
;for(const dir of dirs){const status=(await(0,_store_run_reading_js__WEBPACK_IMPORTED_MODULE_5__.x)(dir)).state.status
;if(status!=="running"&&!(status==="paused"&&!finished)){
_actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(`AWO: run ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dir)} ended ${status} in the main step; nothing to seal`)
;continue}
const reason=finished?"the action main step ended with an error while the run was running; sealed by the post step":`the action main step did not finish (the job was cancelled, timed out or the step was killed) while the run was ${status}; sealed by the post step`
;const outcome=await(0,_store_run_service_js__WEBPACK_IMPORTED_MODULE_4__.cancelRunFolder)(dir,reason,{backend:{
name:"none",generate:()=>Promise.reject(new Error("sealing only"))},actor:ctx.actor??"github-actions",env:process.env,
cwd:ctx.workspace});(0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__.n)(outcome);const published=await(0,
_publish_js__WEBPACK_IMPORTED_MODULE_8__.m)(dir,outcome.status,ctx,retentionDays,[`Run sealed as failed (cancelled): ${reason}.`])
;_actions_core__WEBPACK_IMPORTED_MODULE_2__.$e(`AWO run ${outcome.runId} was sealed as failed (cancelled): ${reason}. Partial evidence uploaded as ${published.name} (${published.sha256}).`,{
title:"AWO partial evidence"})}}catch(err){
_actions_core__WEBPACK_IMPORTED_MODULE_2__.C1(`AWO post step could not seal and upload the partial evidence: ${err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__._?err.message:`internal error: ${(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_3__.bD)(err)}`}`)}}},
87080:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
m:()=>publish});var external_node_fs_=__webpack_require__(73024);var external_node_path_=__webpack_require__(76760)
;var checkpoint=__webpack_require__(17745);var errors=__webpack_require__(74296);var pack=__webpack_require__(80631)
;const safe=text=>text.replace(/[^A-Za-z0-9._-]+/g,"-").replace(/^-+|-+$/g,"")||"job"
;function uploadName(packedName,stage,ctx,sha256){const base=packedName.replace(/\.tar\.gz$/,"")
;const digest=sha256.replace(/^sha256:/,"").slice(0,12)
;return`${base}-${stage}-a${safe(ctx.runAttempt)}-${safe(ctx.job)}-${digest}.tar.gz`}
var artifacts=__webpack_require__(18089);var github_context=__webpack_require__(98141)
;var outputs=__webpack_require__(18948);var summary=__webpack_require__(38770);function checkpointOf(runDir){try{
const{size:size,root:root}=JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(runDir,checkpoint.S5),"utf8"))
;return(0,checkpoint.wP)({size:size,root:root})}catch{return undefined}}
async function publish(runDir,status,ctx,retentionDays,notes,options={}){
const outDir=external_node_path_.join(ctx.runnerTemp,"awo-bundles");const packed=await(0,pack.jX)(runDir,outDir)
;const stage=status==="running"?"failed":status
;const name=options.nameOf?options.nameOf(packed.name,stage,packed.sha256):uploadName(packed.name,stage,ctx,packed.sha256)
;const file=external_node_path_.join(outDir,name);external_node_fs_.renameSync(packed.path,file);(0,outputs.n)({
"bundle-path":file,"bundle-sha256":packed.sha256,"artifact-name":name,checkpoint:checkpointOf(runDir)});const bundle={
name:name,sha256:packed.sha256,bytes:packed.bytes};let uploaded;try{uploaded=await(0,artifacts.sd)(file,retentionDays)
}catch(err){await(0,summary.S)({runDir:runDir,notes:notes,bundle:bundle,continueText:options.continueText});throw err}
if(uploaded.digest!==packed.sha256){
throw new errors.cs(`the artifact service recorded digest ${uploaded.digest} for ${name}, but the bundle is ${packed.sha256}`,name)
}const url=(0,github_context.W)(ctx,uploaded.id);(0,outputs.n)({"artifact-id":String(uploaded.id),"artifact-url":url})
;await(0,summary.S)({runDir:runDir,notes:notes,bundle:bundle,artifact:{id:uploaded.id,url:url},
continueText:options.continueText});const published={path:file,name:name,sha256:packed.sha256,artifactId:uploaded.id,
url:url};if(options.afterUpload)await options.afterUpload({...published,runDir:runDir});return published}},
38770:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
S:()=>writeSummary});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _runner_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(75242);function renderSummary(facts){const out=[]
;if(facts.notes.length>0)out.push(...facts.notes.map(note=>`> ${note}`),"")
;const report=facts.runDir?node_path__WEBPACK_IMPORTED_MODULE_1__.join(facts.runDir,"report.md"):undefined
;if(report&&node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(report)){
let text=node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(report,"utf8").trimEnd()
;if(facts.continueText)text=text.replace(/^To continue: `awo approve .*$/m,()=>facts.continueText);out.push(text,"")}
if(facts.bundle){const{name:name,sha256:sha256,bytes:bytes}=facts.bundle
;out.push("## Evidence bundle","","| | |","| --- | --- |")
;out.push(`| Bundle | \`${name}\` (${bytes} bytes) |`,`| SHA-256 | \`${sha256}\` |`)
;if(facts.artifact)out.push(`| Artifact | [${name}](${facts.artifact.url}) (id ${facts.artifact.id}) |`);else out.push("| Artifact | not uploaded (see the error above) |")
;out.push("","### How to verify","","Download the artifact (it is the `.tar.gz` itself, not a zip), then:","","```sh")
;out.push(`echo "${sha256.replace(/^sha256:/,"")}  ${name}" | sha256sum -c -`,`awo verify ${name} --sha256 ${sha256}`,"```","")
;out.push("`awo verify` recomputes the audit hash chain, every receipt and `SHA256SUMS.txt` and names the first file or line that does not match.","")
}return out.join("\n")}async function writeSummary(facts){try{
await _runner_js__WEBPACK_IMPORTED_MODULE_2__.fe(renderSummary(facts))}catch(err){
_runner_js__WEBPACK_IMPORTED_MODULE_2__.$e(`could not write the job summary: ${err instanceof Error?err.message:String(err)}`)
}}},74296:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{Jh:()=>BackendError,_:()=>AwoError,bD:()=>messageOf,cs:()=>IntegrityError,
dz:()=>InputError,m_:()=>NotFoundError,sK:()=>IllegalTransition});class AwoError extends Error{code;exitCode
;constructor(code,message,exitCode){super(message);this.code=code;this.exitCode=exitCode;this.name=new.target.name}}
class InputError extends AwoError{problems;places;constructor(message,problems=[message],places=[]){
super("INPUT_INVALID",message,2);this.problems=problems;this.places=places}}class IllegalTransition extends AwoError{
constructor(message){super("ILLEGAL_TRANSITION",message,2)}}class IntegrityError extends AwoError{where
;constructor(message,where){super("INTEGRITY",message,1);this.where=where}}class NotFoundError extends AwoError{
constructor(message){super("NOT_FOUND",message,2)}}class BackendError extends AwoError{retryable;retryAfterMs;status
;constructor(message,retryable,retryAfterMs,status){super(retryable?"BACKEND_TRANSIENT":"BACKEND_FAILED",message,1)
;this.retryable=retryable;this.retryAfterMs=retryAfterMs;this.status=status}}function messageOf(err){
if(err instanceof Error)return err.message;return String(err)}},
42605:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
dj:()=>canonicalJson,QN:()=>digestBytes,G5:()=>digestObject,Bc:()=>isDigest,D_:()=>prettyJson,fg:()=>sha256Hex})
;var external_node_crypto_=__webpack_require__(77598);const quotedNames=new Map;const MAX_CACHED_NAMES=4096
;function quoteName(name){let quoted=quotedNames.get(name);if(quoted===undefined){quoted=JSON.stringify(name)
;if(quotedNames.size<MAX_CACHED_NAMES)quotedNames.set(name,quoted)}return quoted}function serialize(value){
switch(typeof value){case"string":return JSON.stringify(value);case"number":
if(!Number.isFinite(value))throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`)
;return JSON.stringify(value);case"boolean":return value?"true":"false";case"object":{if(value===null)return"null"
;if(Array.isArray(value)){let out="[";for(let i=0;i<value.length;i++){if(i>0)out+=",";out+=serialize(value[i])??"null"}
return out+"]"}const toJSON=value.toJSON;if(typeof toJSON==="function")return serialize(toJSON.call(value))
;const record=value;const names=Object.keys(record).sort();let out="{";let first=true;for(const name of names){
const member=serialize(record[name]);if(member===undefined)continue;if(!first)out+=",";first=false
;out+=quoteName(name)+":"+member}return out+"}"}case"bigint":
throw new TypeError("a BigInt cannot be canonicalized as JSON");default:return undefined}}class NotPlain extends Error{}
const NOT_PLAIN=new NotPlain("not a plain JSON value in JavaScript order");function refuseNumber(value){
throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`)}function inOrder(value){
if(typeof value!=="object"||value===null){if(typeof value==="number"&&!Number.isFinite(value))refuseNumber(value)
;if(typeof value==="bigint")throw new TypeError("a BigInt cannot be canonicalized as JSON");return value}
if(Array.isArray(value)){let copy;for(let i=0;i<value.length;i++){const item=value[i];const ordered=inOrder(item)
;if(ordered!==item)(copy??=value.slice())[i]=ordered}return copy??value}const proto=Object.getPrototypeOf(value)
;if(proto!==Object.prototype&&proto!==null){throw NOT_PLAIN}const record=value;const names=Object.keys(record)
;let sorted=true;for(let i=0;i<names.length;i++){const name=names[i];const first=name.charCodeAt(0)
;if(first>=48&&first<=57||name==="__proto__"||name==="toJSON")throw NOT_PLAIN;if(i>0&&names[i-1]>name)sorted=false}
if(sorted){let copy;for(const name of names){const member=record[name];const ordered=inOrder(member)
;if(ordered!==member)(copy??={...record})[name]=ordered}return copy??record}names.sort();const copy={}
;for(const name of names)copy[name]=inOrder(record[name]);return copy}function canonicalize(value){let ordered;try{
ordered=inOrder(value)}catch(err){if(err!==NOT_PLAIN)throw err;return serialize(value)}return JSON.stringify(ordered)}
const oneShot=typeof external_node_crypto_.hash==="function"?data=>external_node_crypto_.hash("sha256",data,"hex"):undefined
;function sha256Hex(data){
return oneShot?oneShot(data):external_node_crypto_.createHash("sha256").update(data).digest("hex")}
function digestBytes(data){return`sha256:${sha256Hex(data)}`}function canonicalJson(value){
const text=canonicalize(value);if(text===undefined)throw new TypeError("value cannot be canonicalized as JSON")
;return text}function prettyJson(value){return JSON.stringify(value,null,2)+"\n"}function digestObject(value){
return digestBytes(canonicalJson(value))}function isDigest(value){
return typeof value==="string"&&/^sha256:[0-9a-f]{64}$/.test(value)}},
92086:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
x:()=>readRunState});var audit_chain=__webpack_require__(34860);var errors=__webpack_require__(74296)
;var hash=__webpack_require__(42605);var receipts=__webpack_require__(16598);var json_equal=__webpack_require__(35692)
;var run_files=__webpack_require__(1912);var utf8_text=__webpack_require__(87842);const TAIL_BYTES=64*1024
;function readSealedState(store){try{return stateFromStopFiles(store)}catch{return undefined}}
function stateFromStopFiles(store){const manifest=store.read(run_files.h1);const receiptBytes=store.read(run_files.db)
;if(!manifest||!receiptBytes)return undefined;const lookup=(0,run_files.Y0)((0,utf8_text.Hp)(manifest))
;if(lookup.get(run_files.db)!==(0,hash.QN)(receiptBytes))return undefined;const receipt=(0,
run_files.c3)(receiptBytes,"evidence");if(!receipt||!Array.isArray(receipt.receipts))return undefined
;const sealed=path=>{const digest=lookup.get(path);const bytes=digest===undefined?undefined:store.read(path)
;return bytes&&digest===(0,hash.QN)(bytes)?(0,run_files.lj)(bytes):undefined};const last=lastLine(store);if(!last||!(0,
audit_chain.jX)(last)||last.hash!==receipt.audit_head||last.seq!==receipt.audit_lines||last.run_id!==receipt.run_id||last.details?.status!==receipt.status)return undefined
;const metadata=sealed(run_files.VR)
;if(!metadata||metadata.run_id!==receipt.run_id||metadata.status!==receipt.status||!Array.isArray(metadata.steps)||!metadata.steps.every(isStepRecord)||!(metadata.failure===null||typeof metadata.failure?.reason==="string"))return undefined
;const gates=sealedGates(receipt,metadata,lookup,sealed);if(!gates)return undefined
;const finished=["completed","failed","rejected"].includes(metadata.status);const state={run_id:metadata.run_id,
status:metadata.status,failure:metadata.failure,steps:finished?metadata.steps.map(step=>step.status==="skipped"?{
...step,status:"pending"}:step):metadata.steps,gates:gates,receipts:receipt.receipts,head:receipt.audit_head,
seq:receipt.audit_lines,created_at:metadata.created_at,updated_at:metadata.updated_at}
;const inputBytes=store.read(run_files.oi);if(!inputBytes||lookup.get(run_files.oi)!==(0,
hash.QN)(inputBytes))return undefined;let input;return{state:state,get input(){input??=(0,run_files.lj)(inputBytes)
;if(!input)throw new errors.cs(`${run_files.oi} is not a JSON object`,run_files.oi);return input}}}
function isStepRecord(step){if(typeof step!=="object"||step===null)return false
;const{step_id:step_id,op:op,status:status,decision:decision}=step
;return typeof step_id==="string"&&typeof op==="string"&&typeof status==="string"&&(decision===null||typeof decision==="object"&&!Array.isArray(decision))
}function lastLine(store){
const bytes=store.readTail?store.readTail(audit_chain.bd,TAIL_BYTES):store.read(audit_chain.bd)
;if(!bytes)return undefined;const text=(0,utf8_text.Hp)(bytes);if(!text.endsWith("\n"))return undefined
;const start=text.lastIndexOf("\n",text.length-2)+1;if(start===0&&bytes.length===TAIL_BYTES)return undefined
;const raw=text.slice(start,-1);const line=(0,run_files.lj)(raw);if(!line||JSON.stringify(line)!==raw)return undefined
;return(0,audit_chain.hv)(line)?line:undefined}function sealedGates(receipt,metadata,manifest,sealed){
const resolved=receipt.receipts.filter(entry=>entry.kind==="gate");const ids=resolved.map(entry=>entry.id)
;if(metadata.gate?.status==="pending")ids.push(metadata.gate.gate_id);const files=manifest.countUnder("audit/gates/")
;if(new Set(ids).size!==ids.length||files!==ids.length)return undefined;const gates=[];for(const[i,id]of ids.entries()){
const file=sealed(`audit/gates/${id}.json`);const pending=i===resolved.length
;if(typeof file?.request!=="object"||file.request===null||file.gate_id!==id||typeof file.step_id!=="string"||typeof file.status!=="string"||!(file.resolution===null||typeof file.resolution?.actor==="string"&&typeof file.resolution.at==="string")||(pending?file.status!=="pending":file.receipt_hash!==resolved[i].receipt_hash))return undefined
;if(!pending){const gateReceipt=sealed(`receipts/gates/${id}.json`)
;if(!gateReceipt||gateReceipt.receipt_hash!==resolved[i].receipt_hash||!(0,receipts.qS)(gateReceipt)||!(0,
json_equal.Z)(file.resolution,(0,receipts.Cp)(gateReceipt)))return undefined}const{request:request}=file;gates.push({
gate_id:file.gate_id,step_id:file.step_id,kind:file.kind,status:file.status,requested_at:request.at,
opened_at:request.opened_at,deadline:request.deadline,min_approvals:request.min_approvals,context:request.context??null,
reason:request.reason,checklist:request.checklist,environment:request.environment,resolution:file.resolution,
receipt_hash:file.receipt_hash})}return gates}var run_folder=__webpack_require__(39089)
;var run_store=__webpack_require__(16674);async function readRunState(runDir){const dir=(0,run_folder.Zy)(runDir)
;const sealed=readSealedState(new run_store.q(dir));if(sealed)return sealed
;const run=(await Promise.resolve().then(__webpack_require__.bind(__webpack_require__,31614))).openReadOnly(dir);return{
state:run.journal.state,input:run.input}}}};
