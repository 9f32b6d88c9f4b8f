export const id=426;export const ids=[426];export const modules={
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
85426:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{run:()=>run});var errors=__webpack_require__(74296)
;var github_context=__webpack_require__(98141);var runner=__webpack_require__(75242);var hash=__webpack_require__(42605)
;var shard_count=__webpack_require__(22413);function need(name,mode,what){const value=runner.V4(name).trim()
;if(value==="")throw new errors.dz(`input ${name} is required in mode ${mode}: ${what}`);return value}
function readScaleOutInputs(mode){if(mode==="plan"){const costFrom=runner.V4("cost-from").trim();return{mode:mode,
shards:(0,shard_count.v)(need("shards",mode,`how many shards, 1 to ${shard_count.h}`),"input shards"),...costFrom!==""?{
costFrom:costFrom}:{}}}if(mode!=="shard"&&mode!=="merge")return{}
;const plan=need("plan",mode,"the plan output of the plan job (${{ needs.plan.outputs.plan }})")
;const planDigest=need("plan-digest",mode,"the plan-digest output of the plan job");if(!(0,
hash.Bc)(planDigest))throw new errors.dz(`input plan-digest must be sha256:<64 lowercase hex>, got ${JSON.stringify(planDigest)}`)
;if(mode==="merge")return{mode:mode,plan:plan,planDigest:planDigest}
;const index=need("shard-index",mode,"the shard of this job (${{ matrix.shard }})")
;if(!/^\d{1,3}$/.test(index)||Number(index)>=shard_count.h)throw new errors.dz(`input shard-index must be a shard index from 0 to ${shard_count.h-1}, got ${JSON.stringify(index)}`)
;return{mode:mode,plan:plan,planDigest:planDigest,shardIndex:Number(index)}}
const modes=["run","resume","finalize","verify","plan","shard","merge"]
;const channels=["environment","comment","dispatch"];function positiveInt(name,max){const raw=runner.V4(name).trim()
;if(raw==="")return undefined;const value=Number(raw)
;if(!Number.isInteger(value)||value<1||value>max)throw new errors.dz(`input ${name} must be a whole number from 1 to ${max}, got ${JSON.stringify(raw)}`)
;return value}const optional=name=>{const value=runner.V4(name);return value===""?undefined:value}
;function maskSecrets(){for(const name of["api-key","token"]){const value=runner.V4(name);if(value!=="")runner.Pq(value)
}}function booleanInput(name){const value=runner.V4(name).trim().toLowerCase()
;if(value===""||value==="false")return false;if(value==="true")return true
;throw new errors.dz(`input ${name} must be true or false, got ${JSON.stringify(runner.V4(name))}`)}
function retention(){const raw=runner.V4("retention-days").trim();if(raw==="")return 0;const days=Number(raw)
;if(!Number.isInteger(days)||days<0||days>90){
throw new errors.dz(`input retention-days must be a whole number of days from 1 to 90 (0 or empty: the repository default), got ${JSON.stringify(raw)}`)
}return days}const SHA256=/^(sha256:)?[0-9a-fA-F]{64}$/;function readInputs(){
const mode=(runner.V4("mode")||"run").trim()
;if(!modes.includes(mode))throw new errors.dz(`input mode must be one of ${modes.join(", ")}, got ${JSON.stringify(mode)}`)
;const inputs={mode:mode,workflow:runner.V4("workflow").trim(),backend:optional("backend")?.trim(),
model:optional("model"),baseUrl:optional("base-url"),apiKey:optional("api-key"),token:optional("token"),
policy:optional("policy"),runsDir:(runner.V4("runs-dir")||"runs").trim(),runId:optional("run-id"),
bundleSha256:optional("bundle-sha256")?.trim(),bundlePath:optional("bundle-path"),
artifactName:optional("artifact-name")?.trim(),retentionDays:retention(),
allowSelfApproval:booleanInput("allow-self-approval"),environment:optional("environment")?.trim(),
attest:booleanInput("attest"),scaleOut:readScaleOutInputs(mode),
channel:runner.V4("approval-channel").trim()||"environment",issueNumber:positiveInt("issue-number",2**31-1),
minApprovals:positiveInt("min-approvals",20),
approvers:runner.V4("approvers").split(",").map(login=>login.trim()).filter(Boolean),
workflowRunId:optional("workflow-run-id")?.trim(),decision:undefined,comment:runner.V4("comment")}
;if(!channels.includes(inputs.channel))throw new errors.dz(`input approval-channel must be one of ${channels.join(", ")}, got ${JSON.stringify(inputs.channel)}`)
;const decision=runner.V4("decision").trim();if(decision!==""){
if(decision!=="approve"&&decision!=="reject")throw new errors.dz(`input decision must be approve or reject, got ${JSON.stringify(decision)}`)
;inputs.decision=decision}if(mode==="resume"&&inputs.channel==="dispatch"){
if(!inputs.decision||!inputs.workflowRunId||!/^\d+$/.test(inputs.workflowRunId))throw new errors.dz("approval-channel dispatch needs inputs decision (approve or reject) and workflow-run-id (the id of the workflow run that paused, digits), with bundle-sha256")
}const needsDigest=mode==="finalize"||mode==="resume"&&inputs.channel!=="comment"
;if((mode==="run"||inputs.scaleOut.mode!==undefined)&&inputs.workflow==="")throw new errors.dz(`input workflow is required in mode ${mode}: the path of the workflow JSON file, relative to the workspace`)
;if(inputs.bundleSha256!==undefined&&!SHA256.test(inputs.bundleSha256)){
throw new errors.dz(`input bundle-sha256 must be sha256:<64 hex> (the bundle-sha256 output of the job that uploaded the bundle), got ${JSON.stringify(inputs.bundleSha256)}`)
}if(needsDigest&&inputs.bundleSha256===undefined){
throw new errors.dz(`input bundle-sha256 is required in mode ${mode}: pass the bundle-sha256 output of the job that paused (e.g. \${{ needs.run.outputs.bundle-sha256 }}); the paused bundle is refused unless its digest equals it`)
}if((mode==="resume"||mode==="finalize")&&inputs.token===undefined){
throw new errors.dz(`input token is required in mode ${mode} (default \${{ github.token }}, with permissions: actions: read) to read the approvals of this workflow run`)
}
if(inputs.bundleSha256!==undefined)inputs.bundleSha256=`sha256:${inputs.bundleSha256.replace(/^sha256:/,"").toLowerCase()}`
;return inputs}var state=__webpack_require__(33175);var summary=__webpack_require__(38770);const handlers={
run:async()=>(await Promise.all([__webpack_require__.e(263),__webpack_require__.e(662),__webpack_require__.e(517),__webpack_require__.e(719),__webpack_require__.e(38),__webpack_require__.e(800),__webpack_require__.e(299)]).then(__webpack_require__.bind(__webpack_require__,97299))).runMode,
resume:async()=>(await Promise.all([__webpack_require__.e(263),__webpack_require__.e(662),__webpack_require__.e(517),__webpack_require__.e(719),__webpack_require__.e(38),__webpack_require__.e(800),__webpack_require__.e(642)]).then(__webpack_require__.bind(__webpack_require__,42642))).resumeMode,
finalize:async()=>(await Promise.all([__webpack_require__.e(263),__webpack_require__.e(662),__webpack_require__.e(517),__webpack_require__.e(719),__webpack_require__.e(38),__webpack_require__.e(800),__webpack_require__.e(642),__webpack_require__.e(44)]).then(__webpack_require__.bind(__webpack_require__,64044))).finalizeMode,
verify:async()=>(await Promise.all([__webpack_require__.e(263),__webpack_require__.e(662),__webpack_require__.e(517),__webpack_require__.e(719),__webpack_require__.e(38),__webpack_require__.e(351),__webpack_require__.e(373)]).then(__webpack_require__.bind(__webpack_require__,3373))).verifyMode,
plan:async()=>(await Promise.all([__webpack_require__.e(263),__webpack_require__.e(517),__webpack_require__.e(331)]).then(__webpack_require__.bind(__webpack_require__,76331))).planMode,
shard:async()=>(await Promise.all([__webpack_require__.e(263),__webpack_require__.e(662),__webpack_require__.e(517),__webpack_require__.e(719),__webpack_require__.e(38),__webpack_require__.e(800),__webpack_require__.e(923)]).then(__webpack_require__.bind(__webpack_require__,95923))).shardMode,
merge:async()=>(await Promise.all([__webpack_require__.e(263),__webpack_require__.e(662),__webpack_require__.e(517),__webpack_require__.e(719),__webpack_require__.e(38),__webpack_require__.e(800),__webpack_require__.e(351),__webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__,94999))).mergeMode
};async function run(){try{maskSecrets();const inputs=readInputs();state.UN(state.HP.mode,inputs.mode)
;state.UN(state.HP.retentionDays,String(inputs.retentionDays));const handler=await handlers[inputs.mode]()
;const result=await handler(inputs,(0,github_context.h)());if(result.failure)runner.C1(result.failure)}catch(err){
const message=err instanceof errors._?err.message:`internal error: ${(0,errors.bD)(err)}`;runner.C1(message)
;if(!(err instanceof errors._)&&err instanceof Error&&err.stack)runner.Yz(err.stack);await(0,summary.S)({
runDir:undefined,notes:[`**AWO action failed:** ${message}`]})}finally{state.UN(state.HP.finished,"true")}}},
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
22413:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
h:()=>MAX_SHARDS,v:()=>parseShardCount});var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;const MAX_SHARDS=256;function parseShardCount(raw,where){const n=Number(raw.trim())
;if(!/^\d+$/.test(raw.trim())||!Number.isInteger(n)||n<1||n>MAX_SHARDS){
throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where} must be a whole number of shards from 1 to ${MAX_SHARDS} (a GitHub Actions matrix runs at most ${MAX_SHARDS} jobs), got ${JSON.stringify(raw)}`)
}return n}}};
