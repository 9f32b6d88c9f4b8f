export const id=220;export const ids=[220];export const modules={
96220:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command});var external_node_path_=__webpack_require__(76760)
;var core_errors=__webpack_require__(74296);var external_node_crypto_=__webpack_require__(77598)
;var schemas=__webpack_require__(26921);var schema_issues=__webpack_require__(25221)
;var self_approval=__webpack_require__(66957);function toPointer(path){
return path.map(key=>`/${String(key).replace(/~/g,"~0").replace(/\//g,"~1")}`).join("")}
const PROBLEM_BASE="https://github.com/waveframe/awo-action/blob/main/docs/server.md#problem-"
;class HttpProblem extends core_errors._{status;errors;headers;constructor(status,code,message,errors=[],headers={}){
super(code,message,2);this.status=status;this.errors=errors;this.headers=headers}}const TITLES={400:"Bad Request",
401:"Unauthorized",403:"Forbidden",404:"Not Found",405:"Method Not Allowed",408:"Request Timeout",409:"Conflict",
413:"Content Too Large",415:"Unsupported Media Type",431:"Request Header Fields Too Large",500:"Internal Server Error",
503:"Service Unavailable"};function framework(err){if(typeof err!=="object"||err===null)return undefined
;const{code:code,statusCode:statusCode}=err
;return typeof code==="string"&&code.startsWith("FST_")&&typeof statusCode==="number"?err:undefined}
const FRAMEWORK_CODES={FST_ERR_CTP_BODY_TOO_LARGE:{status:413,code:"BODY_TOO_LARGE"},FST_ERR_CTP_INVALID_MEDIA_TYPE:{
status:415,code:"UNSUPPORTED_MEDIA_TYPE",detail:"the request body must be application/json"},
FST_ERR_CTP_INVALID_CONTENT_LENGTH:{status:400,code:"BAD_REQUEST"},FST_ERR_CTP_EMPTY_JSON_BODY:{status:400,
code:"MALFORMED_JSON"},FST_ERR_CTP_INVALID_JSON_BODY:{status:400,code:"MALFORMED_JSON"},FST_ERR_BAD_URL:{status:400,
code:"BAD_REQUEST"},FST_ERR_MAX_PARAM_LENGTH:{status:404,code:"NOT_FOUND",
detail:"no run or gate has an id that long (a path segment is over 100 characters)"}};const INLINE_DOCUMENTS={
inline:"/workflow","inline (policy)":"/workflow/policy"};function inlineProblem(detail,place){
const base=place===undefined?undefined:INLINE_DOCUMENTS[place.source];return base===undefined||place===undefined?{
detail:detail}:{detail:detail,pointer:base+toPointer(place.path)}}function clientGone(err){
if(typeof err!=="object"||err===null)return false;const{code:code,message:message}=err
;return code==="ECONNRESET"&&message==="aborted"}function toProblem(err,instance){let status=500;let code="INTERNAL"
;let detail="the server failed while handling this request; see its log";let errors;let headers={}
;const fastifyError=framework(err);if(err instanceof HttpProblem){({status:status,code:code}=err);detail=err.message
;errors=err.errors.length>0?err.errors:undefined;headers=err.headers}else if(err instanceof core_errors.dz){status=400
;code=err.code;detail=err.message.split("\n")[0]??err.message
;errors=err.problems.map((problem,i)=>inlineProblem(problem,err.places[i]))}else if(err instanceof self_approval.gL){
[status,code,detail]=[403,err.code,err.message]}else if(err instanceof core_errors.sK){
[status,code,detail]=[409,err.code,err.message]}else if(err instanceof core_errors.m_){
[status,code,detail]=[404,err.code,err.message]}else if(err instanceof core_errors.cs){
[status,code,detail]=[409,err.code,err.message]}else if(err instanceof core_errors._){
[status,code,detail]=[500,err.code,err.message]}else if(clientGone(err)){
[status,code,detail]=[400,"BAD_REQUEST","the client closed the connection before its request body arrived"]
}else if(fastifyError){const known=FRAMEWORK_CODES[fastifyError.code??""];if(known){({status:status,code:code}=known)
;detail=known.detail??fastifyError.message??"the request could not be read"
}else if(fastifyError.statusCode!==undefined&&fastifyError.statusCode<500){[status,code]=[400,"BAD_REQUEST"]
;detail=fastifyError.message??"the request could not be read"}}else if(err instanceof SyntaxError){
[status,code,detail]=[400,"MALFORMED_JSON",`the request body is not valid JSON: ${err.message}`]}const problem={
type:`${PROBLEM_BASE}${code.toLowerCase().replace(/_/g,"-")}`,title:TITLES[status]??"Error",status:status,detail:detail,
instance:instance,code:code,...errors?{errors:errors}:{}};return{problem:problem,headers:headers,internal:status===500}}
var actor_name=__webpack_require__(67796);var json_strings=__webpack_require__(98174)
;var utf8_text=__webpack_require__(87842);var read_input_file=__webpack_require__(10047)
;const Scope=schemas.k5n(["read","run","review"]);const BEARER_TOKEN=/^[A-Za-z0-9\-._~+/]+=*$/
;const TokensFile=schemas.rej({tokens:schemas.YOg(schemas.rej({token:schemas.YjP().min(16).regex(BEARER_TOKEN,{
message:"may hold only letters, digits and - . _ ~ + / (then = padding), the characters a bearer token can carry (RFC 6750)"
}).describe("bearer token; at least 16 characters"),actor:schemas.YjP().min(1).superRefine((actor,ctx)=>{
const problem=(0,actor_name.Y9)(actor);if(problem!==undefined)ctx.addIssue({code:"custom",message:problem})
}).refine(actor=>(0,self_approval.CM)(actor)!=="",{
message:"has no visible letters once normalised; give a person's or a bot's name"}).refine(actor=>!(0,
self_approval.If)(actor),{message:"is a name the engine records its own actions under (system, policy)"
}).describe("actor id recorded in the audit trail for every request with this token"),scopes:schemas.YOg(Scope).min(1)
})).min(1).superRefine((entries,ctx)=>{const first=new Map;entries.forEach((entry,index)=>{
const earlier=first.get(entry.token);if(earlier!==undefined)ctx.addIssue({code:"custom",path:[index,"token"],
message:`is the token of tokens[${earlier}] too; each token must be listed once`});else first.set(entry.token,index)
;const scopes=new Set;entry.scopes.forEach((scope,at)=>{if(scopes.has(scope))ctx.addIssue({code:"custom",
path:[index,"scopes",at],message:`lists "${scope}" twice`});scopes.add(scope)})})})});const digest=text=>(0,
external_node_crypto_.createHash)("sha256").update(text).digest();class TokenTable{entries;constructor(file){
this.entries=file.tokens.map(entry=>({digest:digest(entry.token),principal:{actor:entry.actor,
scopes:new Set(entry.scopes)}}))}authenticate(header){const match=/^Bearer +(\S+) *$/i.exec(header??"")
;if(!match)throw unauthorized(header===undefined?'missing Authorization header; send "Authorization: Bearer <token>"':'the Authorization header is not "Bearer <token>"')
;const given=digest(match[1]);let found
;for(const entry of this.entries)if((0,external_node_crypto_.timingSafeEqual)(entry.digest,given))found=entry.principal
;if(!found)throw unauthorized("the bearer token is not valid");return found}}function unauthorized(detail){
return new HttpProblem(401,"UNAUTHENTICATED",detail,[],{"www-authenticate":'Bearer realm="awo"'})}
function requireScope(principal,scope){if(!principal.scopes.has(scope)){
throw new HttpProblem(403,"FORBIDDEN",`${principal.actor}'s token does not have the "${scope}" scope this request needs (it has: ${[...principal.scopes].join(", ")})`)
}}function loadTokens(file){const text=(0,utf8_text._6)((0,read_input_file.jH)(file,"tokens file"),file);let json;try{
json=JSON.parse(text)}catch(err){throw new core_errors.dz(`${file}: the tokens file is not valid JSON (${err.message})`)
}const ambiguous=(0,json_strings.l2)(text,json)[0]
;if(ambiguous!==undefined)throw new core_errors.dz(`invalid tokens file ${file}: ${ambiguous.text}`)
;const parsed=TokensFile.safeParse(json);if(!parsed.success){
const problems=(0,schema_issues.wF)(parsed.error,TokensFile,json).map(problem=>`${file}: ${problem}`)
;throw new core_errors.dz([`invalid tokens file ${file}:`,...problems.map(p=>`  - ${p}`)].join("\n"),problems)}
return new TokenTable(parsed.data)}var fastify=__webpack_require__(16703)
;var fastify_default=__webpack_require__.n(fastify);var coerce=__webpack_require__(49567)
;var workflow_schema=__webpack_require__(7528)
;const Digest=schemas.YjP().regex(/^sha256:[0-9a-f]{64}$/).describe("sha256:<lowercase hex>")
;const Timestamp=schemas.YjP().describe("ISO 8601 UTC time")
;const RunStatus=schemas.k5n(["running","paused","completed","failed","rejected"]);const Problem=schemas.Ikc({
type:schemas.YjP().describe("URI of the problem type; its docs explain the code"),title:schemas.YjP(),
status:schemas.Whr(),detail:schemas.YjP().describe("what was wrong, where, and what is accepted"),
instance:schemas.YjP().describe("the request path"),
code:schemas.YjP().describe("stable machine-readable code, e.g. INPUT_INVALID, ILLEGAL_TRANSITION"),
errors:schemas.YOg(schemas.Ikc({detail:schemas.YjP(),
pointer:schemas.YjP().optional().describe("JSON Pointer into the request body")
})).optional().describe("one entry per invalid field (validation problems only)")}).describe("RFC 9457 problem details")
;const oneSource={message:"give exactly one of workflow or workflow_path",
check:body=>body.workflow===undefined!==(body.workflow_path===undefined)};const createRunFields={
workflow_path:schemas.YjP().min(1).max(4096).optional().describe("a workflow file, relative to the server's workflows folder and inside it"),
start:schemas.zMY().optional().describe("false: create the run without executing its steps (report external steps, then resume); default true")
};const CreateRunRequest=schemas.rej({
workflow:workflow_schema.Cv.optional().describe("the workflow itself (docs/format.md#workflow-file); a string `policy` is a path under the workflows folder"),
...createRunFields}).refine(oneSource.check,{message:oneSource.message});const CreateRunEnvelope=schemas.rej({
workflow:schemas.g1P(schemas.YjP(),schemas.L5J()).optional(),...createRunFields}).refine(oneSource.check,{
message:oneSource.message});const StatusChangeRequest=schemas.rej({
action:schemas.k5n(["pause","resume","retry","cancel"]).describe("pause: open a manual gate on a running run; resume: continue a paused run whose gate was approved (or a held or interrupted one); retry: continue a run that failed on an error or was cancelled; cancel: end a running or paused run as failed (cancelled)"),
reason:schemas.YjP().min(1).max(2e3).optional().describe("recorded in the audit trail (pause, cancel)")})
;const ExternalStepRequest=schemas.rej({id:workflow_schema.s2.describe("unique in the run; not a workflow step id"),
type:workflow_schema.AF.shape.type,
input:schemas.g1P(schemas.YjP(),schemas.L5J()).describe("what the step was given; hashed as given; its fields are the policy's params"),
output:schemas.g1P(schemas.YjP(),schemas.L5J()).describe("what the step produced; hashed as given")})
;const GateRequest=schemas.rej({reason:schemas.YjP().min(1).max(2e3).describe("why a human must look now"),
checklist:schemas.YjP().min(1).max(4096).optional().describe("what the reviewer follows")})
;const GateDecisionRequest=schemas.rej({decision:schemas.k5n(["approved","rejected"]),
comment:schemas.YjP().max(actor_name.wT).optional().describe("recorded in the gate receipt")})
;const PolicyDecisionView=schemas.Ikc({decision:schemas.k5n(["allow","flag","deny"]),reason:schemas.YjP(),
policy_id:schemas.YjP(),tier:schemas.YjP(),rules_triggered:schemas.YOg(schemas.YjP())});const StepView=schemas.Ikc({
step_id:schemas.YjP(),step_type:schemas.YjP().nullable(),
op:schemas.YjP().describe("llm_map, write_text, audit_gate, or external (reported over the API)"),
status:schemas.k5n(["pending","started","completed","failed","denied","skipped"]),started_at:Timestamp.nullable(),
ended_at:Timestamp.nullable(),input_hash:Digest.nullable(),output_hash:Digest.nullable(),receipt_hash:Digest.nullable(),
decision:PolicyDecisionView.nullable(),retries:schemas.Whr(),error:schemas.YjP().nullable()})
;const GateView=schemas.Ikc({gate_id:schemas.YjP(),step_id:schemas.YjP().nullable(),
kind:schemas.k5n(["audit_gate","flag","manual"]),status:schemas.k5n(["pending","approved","rejected","timed_out"]),
requested_at:Timestamp,reason:schemas.YjP(),checklist:schemas.YjP().nullable(),environment:schemas.YjP().nullable(),
resolution:schemas.Ikc({decision:schemas.k5n(["approved","rejected","timed_out"]),actor:schemas.YjP(),
comment:schemas.YjP(),at:Timestamp,source:schemas.YjP()}).nullable(),receipt_hash:Digest.nullable()})
;const RunView=schemas.Ikc({run_id:schemas.YjP(),status:RunStatus,failure:schemas.Ikc({
kind:schemas.k5n(["error","denied","rejected","cancelled","timed_out"]),reason:schemas.YjP(),
step_id:schemas.YjP().nullable()}).nullable(),created_at:Timestamp.nullable(),updated_at:Timestamp.nullable(),
policy_id:schemas.YjP(),steps:schemas.YOg(StepView),
gate:GateView.nullable().describe("the pending gate, or the approved one a paused run waits to resume after"),
gates:schemas.YOg(GateView),receipts:schemas.Whr().describe("step and gate receipts in the chain"),audit:schemas.Ikc({
lines:schemas.Whr(),head:Digest})});const RunSummary=RunView.omit({steps:true,gates:true})
;const RunViewOrSummary=schemas.KCZ([RunView,RunSummary]).describe("the whole run; with the request header `Prefer: return=minimal`, its RunSummary")
;const StepResult=schemas.Ikc({decision:PolicyDecisionView,step:StepView,
run:schemas.KCZ([RunView,RunSummary]).describe("the whole run; with the request header `Prefer: return=minimal`, its RunSummary")
});const AuditLineView=schemas.Ikc({seq:schemas.Whr(),ts:Timestamp,run_id:schemas.YjP(),actor:schemas.YjP(),
event:schemas.YjP(),step_id:schemas.YjP().optional(),gate_id:schemas.YjP().optional(),decision:schemas.YjP().optional(),
reason:schemas.YjP().optional(),evidence_ref:schemas.YjP().optional(),
details:schemas.g1P(schemas.YjP(),schemas.L5J()).optional(),prev_hash:Digest,hash:Digest});const LogPage=schemas.Ikc({
run_id:schemas.YjP(),lines:schemas.YOg(AuditLineView),total:schemas.Whr().describe("lines in the audit trail"),
next_after:schemas.Whr().nullable().describe("pass as `after` for the next page; null on the last page")})
;const StepPage=schemas.Ikc({run_id:schemas.YjP(),
steps:schemas.YOg(StepView).describe("in the order of the run view: the workflow's steps, then external ones"),
total:schemas.Whr().describe("steps in the run"),
next_after:schemas.Whr().nullable().describe("pass as `after` for the next page; null on the last page")})
;const WaitQuery=schemas.rej({
wait:schemas.k5n(["true","false"]).optional().describe("true: answer when the engine stops (completed, paused, failed), as a script wants; default false")
});function pageQuery(after,items){return schemas.rej({after:coerce.ai().int().min(0).optional().describe(after),
limit:coerce.ai().int().min(1).max(1e3).optional().describe(`at most this many ${items} (default 100)`)})}
const StepQuery=pageQuery("skip this many steps (default 0)","steps")
;const LogQuery=pageQuery("return lines with seq greater than this (default 0)","lines")
;var run_state=__webpack_require__(28298);var json_schema_processors=__webpack_require__(98439)
;var version=__webpack_require__(83323);const SCHEMAS={Problem:Problem,CreateRunRequest:CreateRunRequest,
StatusChangeRequest:StatusChangeRequest,ExternalStepRequest:ExternalStepRequest,GateRequest:GateRequest,
GateDecisionRequest:GateDecisionRequest,RunView:RunView,RunViewOrSummary:RunViewOrSummary,StepResult:StepResult,
StepPage:StepPage,LogPage:LogPage}
;const REQUESTS=new Set(["CreateRunRequest","StatusChangeRequest","ExternalStepRequest","GateRequest","GateDecisionRequest"])
;function jsonSchema(name,schema){const rest=json_schema_processors.bl(schema,{target:"draft-2020-12",
io:REQUESTS.has(name)?"input":"output",unrepresentable:"any"});delete rest.$schema;return rest}const ref=name=>({
$ref:`#/components/schemas/${name}`});const json=name=>({"application/json":{schema:ref(name)}})
;const problem=description=>({description:description,content:{"application/problem+json":{schema:ref("Problem")}}})
;const ok=(description,name)=>({description:description,content:json(name)});const runId={name:"run_id",in:"path",
required:true,description:"run id, e.g. run_2026-01-31T12-00-00Z",schema:{type:"string"}};const preferMinimal={
name:"Prefer",in:"header",required:false,
description:"RFC 7240. `return=minimal`: the run without its step and gate lists (RunSummary), whose size does not grow with the run (its steps are paged at `.../steps`); the answer then has `Preference-Applied: return=minimal`",
schema:{type:"string"}};const paging=after=>[{name:"after",in:"query",required:false,description:after,schema:{
type:"integer",minimum:0}},{name:"limit",in:"query",required:false,description:"page size, 1-1000 (default 100)",
schema:{type:"integer",minimum:1,maximum:1e3}}];const ifNoneMatch={name:"If-None-Match",in:"header",required:false,
description:"RFC 9110: the `ETag` of a view the client holds; `304` without a body while the run's audit trail is where it was",
schema:{type:"string"}};const etag={ETag:{
description:"the view's entity tag: it changes with every line of the run's audit trail",schema:{type:"string"}}}
;const gateId={name:"gate_id",in:"path",required:true,description:"gate id, e.g. flag-s2, gate_review, manual-001",
schema:{type:"string"}};const wait={name:"wait",in:"query",required:false,
description:"true: answer when the engine stops (completed, paused, failed), as scripts want; default false",schema:{
type:"string",enum:["true","false"]}};const openapi_location={Location:{description:"the run, to follow with GET",
schema:{type:"string"}}};const auth=[{bearer:[]}];const common={
400:problem("invalid request: malformed JSON, unknown fields, values out of range (code INPUT_INVALID or MALFORMED_JSON; errors[] lists each field)"),
401:problem("no valid bearer token (code UNAUTHENTICATED)"),403:problem("the token lacks the scope (FORBIDDEN)"),
408:problem("the request did not arrive within the time limits (REQUEST_TIMEOUT)"),
431:problem("the request headers are too large (HEADERS_TOO_LARGE)"),
503:problem("the server is stopping (SHUTTING_DOWN)")};const bodyErrors={
413:problem("the body is larger than the server accepts (BODY_TOO_LARGE)"),
415:problem("the body is not application/json (UNSUPPORTED_MEDIA_TYPE)")};const withBody={...common,...bodyErrors}
;const onRun={...common,404:problem("no such run (NOT_FOUND)")};const readRun={...onRun,
409:problem("the run folder's evidence does not verify (INTEGRITY)")};const change={...onRun,
409:problem("the run's state does not allow it (ILLEGAL_TRANSITION), or its evidence does not verify (INTEGRITY)")}
;function openApiDocument(){return{openapi:"3.1.1",info:{title:"awo governance API",version:version.w,
description:"Create, drive and review awo runs over HTTP (`awo serve`). Same run folders, audit chain and receipts as the CLI and the action. Errors are RFC 9457 problem details."
},servers:[{url:"/"}],paths:{"/workflows/runs":{post:{operationId:"createRun",
summary:"Create a run from a workflow and start it",
description:"Answers as soon as the run is created (status running); the engine goes on in the background and `GET` the `Location` shows its progress. With `?wait=true` the request returns when the engine stops: completed, paused at a gate, or failed. With `start: false` the run is created and waits (running) for external steps and a resume.",
security:auth,parameters:[wait],requestBody:{required:true,content:json("CreateRunRequest")},responses:{201:{
...ok("the run as created (or, with ?wait=true, as its audit trail says after the engine stopped)","RunView"),
headers:openapi_location},...withBody}}},"/workflows/runs/{run_id}":{get:{operationId:"getRun",
summary:"Status, steps with timestamps and hashes, pending gate",
description:"The whole run. A client that polls a long run sends `Prefer: return=minimal` for the run without its step and gate lists, and pages the steps at `.../steps`.",
security:auth,parameters:[runId,ifNoneMatch,preferMinimal],responses:{200:{
...ok("the run; with `Prefer: return=minimal`, its RunSummary","RunViewOrSummary"),headers:etag},304:{
description:"the run is as the `If-None-Match` entity tag says: no body",headers:etag},...readRun}}},
"/workflows/runs/{run_id}/status":{patch:{operationId:"changeRunStatus",summary:"Pause, resume, retry or cancel a run",
description:"pause and cancel answer 200 with the run after the change. resume and retry answer 202 with a `Location` once the move is taken (the run executes in the background); with `?wait=true` they answer 200 when the engine stops.",
security:auth,parameters:[runId,wait],requestBody:{required:true,content:json("StatusChangeRequest")},responses:{
200:ok("the run after the change (pause, cancel; resume and retry with ?wait=true, when the engine stops)","RunView"),
202:{...ok("resume or retry taken: the run as it starts executing in the background","RunView"),headers:openapi_location
},...change,...bodyErrors}}},"/workflows/runs/{run_id}/steps":{get:{operationId:"getRunSteps",
summary:"The run's steps, paged",security:auth,parameters:[runId,...paging("skip this many steps (default 0)")],
responses:{200:ok("a page of steps","StepPage"),...readRun}},post:{operationId:"recordStep",
summary:"Record a step executed outside the engine; the policy decides first",
description:"allow: the step gets a receipt in the chain; flag: gate flag-<id> opens and the run pauses (after approval, post the same step again); deny: the run fails.",
security:auth,parameters:[runId,preferMinimal],requestBody:{required:true,content:json("ExternalStepRequest")},
responses:{200:ok("the decision, the step and the run","StepResult"),...change,...bodyErrors}}},
"/workflows/runs/{run_id}/logs":{get:{operationId:"getRunLogs",summary:"The audit trail, paged by seq",security:auth,
parameters:[runId,...paging("lines with seq greater than this (default 0)")],responses:{
200:ok("a page of audit lines","LogPage"),...readRun}}},"/workflows/runs/{run_id}/gates":{post:{
operationId:"requestGate",summary:"Request an approval gate: the run pauses",security:auth,parameters:[runId],
requestBody:{required:true,content:json("GateRequest")},responses:{
201:ok("the paused run; its gate is the new one","RunView"),...change,...bodyErrors}}},
"/workflows/runs/{run_id}/gates/{gate_id}":{patch:{operationId:"decideGate",summary:"Approve or reject a pending gate",
description:"The actor is the token's. Approving a gate of a run you started or a gate you requested is refused (403 SELF_APPROVAL) unless the policy sets allow_self_approval. A decision records one person, so approving a gate whose min_approvals is above 1, or after its deadline, is refused (409). Of two conflicting decisions exactly one wins; the other gets 409.",
security:auth,parameters:[runId,gateId],requestBody:{required:true,content:json("GateDecisionRequest")},responses:{
200:ok("the run after the decision (approved: paused, ready to resume; rejected: rejected)","RunView"),...change,
...bodyErrors,404:problem("no such run or gate (NOT_FOUND)")}}}},components:{
schemas:Object.fromEntries(Object.entries(SCHEMAS).map(([name,schema])=>[name,jsonSchema(name,schema)])),
securitySchemes:{bearer:{type:"http",scheme:"bearer",
description:"a token from the server's tokens file; it names the actor and its scopes (read, run, review)"}}}}}
function prefersMinimal(header){const values=Array.isArray(header)?header:header===undefined?[]:[header]
;return values.some(value=>value.split(",").some(preference=>/^return\s*=\s*"?minimal"?$/i.test(preference.split(";")[0].trim())))
}function parseRequest(schema,value,what="request body"){const parsed=schema.safeParse(value??undefined)
;if(parsed.success)return parsed.data;const problems=(0,schema_issues.SW)(parsed.error,schema,value)
;const messages=problems.map(problem=>problem.text);const errors=problems.map(problem=>({detail:problem.text,
pointer:toPointer(problem.path)}))
;throw new HttpProblem(400,"INPUT_INVALID",`invalid ${what}: ${messages.length} problem${messages.length===1?"":"s"}: ${messages.join("; ")}`,errors)
}var external_node_fs_=__webpack_require__(73024);var engine=__webpack_require__(10075)
;var run_execute=__webpack_require__(82532);var run_gates=__webpack_require__(64575)
;var run_stop=__webpack_require__(20687);var portable_names=__webpack_require__(90397)
;var hash=__webpack_require__(42605);var policy=__webpack_require__(32721);var receipts=__webpack_require__(16598)
;var run_transitions=__webpack_require__(66795);function checkExternalReport(run,stepId){const{journal:journal}=run
;const{state:state}=journal;if(journal.index.has(stepId)){
throw new core_errors.sK(`cannot record external step "${stepId}" in run ${state.run_id}: the workflow has a step with that id`)
}const existing=(0,run_state.oU)(state,stepId,journal.index);if(existing&&existing.status!=="started"){
throw new core_errors.sK(`cannot record external step "${stepId}" in run ${state.run_id}: it was already recorded (${existing.status})`)
}if(!existing){refuseUnportableId(state.steps,stepId,state.run_id)
;if(journal.store.exists(`outputs/${stepId}.json`))throw new core_errors.sK(`cannot record external step "${stepId}" in run ${state.run_id}: outputs/${stepId}.json exists, though no step of the run wrote it`)
}return(0,run_transitions.UI)(state,stepId)}function refuseUnportableId(steps,stepId,runId){const folded=(0,
portable_names.mw)(stepId);const same=steps.find(record=>(0,portable_names.mw)(record.step_id)===folded)
;const problem=same?`it differs from step "${same.step_id}" only in letter case; macOS and Windows disks file them as one`:(0,
portable_names.g3)(stepId)
;if(problem)throw new core_errors.sK(`cannot record external step "${stepId}" in run ${runId}: ${problem}`)}
function recordExternalStep(run,ctx,report){const{journal:journal,input:input}=run;const{state:state}=journal
;const{resume:resume}=checkExternalReport(run,report.id);const inputHash=(0,hash.G5)(report.input);const outputHash=(0,
hash.G5)(report.output);const approved=(0,run_state.$I)(state,report.id,"flag")?.status==="approved"
;const outputPath=`outputs/${report.id}.json`;if(approved){const submitted=journal.facts.externalStarts.get(report.id)
;if(submitted?.type!==(report.type??null)||submitted.input_hash!==inputHash||submitted.output_hash!==outputHash){
throw new core_errors.sK(`cannot record external step "${report.id}": its type, input or output differs from the submission approved at gate "flag-${report.id}"`)
}}if(resume)(0,run_execute.c2)(run,ctx,"resume",report.id);const step={id:report.id,op:run_state.yC,
...report.type!==undefined?{type:report.type}:{}};const details={op:run_state.yC,type:report.type??null,external:true,
input_hash:inputHash,output_hash:outputHash};const decision=(0,policy.Uz)(input.policy.document,(0,
policy.pD)(step,report.input));(0,run_execute.cv)(journal,ctx.actor,step,decision,{external:true},details)
;const record=()=>(0,run_state.oU)(state,report.id,journal.index);if(decision.decision==="deny"){(0,
run_execute.nR)(run,ctx,step,decision);return{decision:decision,step:record()}}const outputRecord={step_id:step.id,
op:run_state.yC,input:report.input,output:report.output};ctx.store.write(outputPath,(0,hash.D_)(outputRecord),{
atomic:false});if(decision.decision==="flag"&&!approved){const gateId=`flag-${step.id}`;const gateDetails={kind:"flag",
checklist:null,environment:null,input_hash:inputHash,output_hash:outputHash};journal.stepEvent(step,"gate",{
gate_id:gateId,reason:decision.reason,...gateDetails});journal.audit({actor:"policy",event:"gate.requested",
step_id:step.id,gate_id:gateId,reason:decision.reason,evidence_ref:`audit/gates/${gateId}.json`,details:gateDetails})
;(0,run_gates.xC)(run,ctx.store,gateId);(0,run_stop.ds)(run,ctx,"paused",null);return{decision:decision,step:record()}}
const receipt=(0,receipts.IN)({kind:"step",run_id:state.run_id,step_id:step.id,step_type:report.type??null,
op:run_state.yC,input_hash:inputHash,output_hash:outputHash,decision_hash:(0,hash.G5)(decision),prev_receipt_hash:(0,
receipts.Tm)(state.receipts,run.genesis)});ctx.store.write(`receipts/steps/${step.id}.json`,(0,hash.D_)(receipt));(0,
run_execute.hr)(journal,step,receipt,ctx.actor,false);ctx.store.release(journal.stepLog(step.id));ctx.store.commit()
;return{decision:decision,step:record()}}function requestManualGate(run,ctx,request){const{journal:journal}=run
;const{state:state}=journal;(0,run_transitions.N5)(state)
;const count=state.gates.filter(gate=>gate.kind==="manual").length
;const gateId=`manual-${String(count+1).padStart(3,"0")}`
;const next=state.steps.find(record=>record.op!==run_state.yC&&record.status!=="completed");journal.audit({
actor:ctx.actor,event:"gate.requested",gate_id:gateId,...next?{step_id:next.step_id}:{},reason:request.reason,
evidence_ref:`audit/gates/${gateId}.json`,details:{kind:"manual",checklist:request.checklist??null,environment:null}})
;(0,run_gates.xC)(run,ctx.store,gateId);return(0,run_stop.ds)(run,ctx,"paused",null)}
var ports=__webpack_require__(64119);var workflow_load=__webpack_require__(49215)
;var run_service=__webpack_require__(8392);var run_reading=__webpack_require__(92086)
;var run_folder=__webpack_require__(39089);var run_lock=__webpack_require__(65890)
;var audit_chain=__webpack_require__(34860);var run_store=__webpack_require__(86380);const HELD_RUNS=64;class HeldRuns{
runs=new Map;take(runId,move){const held=this.runs.get(runId);if(!held)return undefined;this.runs.delete(runId)
;held.store.lock(move.holder);if(auditStamp(held.store.dir)!==held.stamp){held.store.close();return undefined}
const ctx={...held.ctx,actor:move.actor,command:move.command,backend:move.backend};return{run:held.run,ctx:ctx,
store:held.store}}keep(run,ctx){const runId=run.journal.state.run_id;this.runs.delete(runId)
;if(run.journal.state.status!=="running"||!(ctx.store instanceof run_store.q))return
;const stamp=auditStamp(ctx.store.dir);if(stamp===undefined)return;this.runs.set(runId,{run:run,ctx:ctx,store:ctx.store,
stamp:stamp});if(this.runs.size>HELD_RUNS)this.runs.delete(this.runs.keys().next().value)}drop(runId){
this.runs.delete(runId)}}function auditStamp(dir){try{
const stat=external_node_fs_.statSync(external_node_path_.join(dir,...audit_chain.bd.split("/")),{bigint:true})
;return`${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`}catch{return undefined}}class KeyedMutex{tails=new Map
;async run(key,task){const previous=this.tails.get(key)??Promise.resolve();const current=previous.then(task,task)
;const tail=current.catch(()=>undefined);this.tails.set(key,tail);try{return await current}finally{
if(this.tails.get(key)===tail)this.tails.delete(key)}}async idle(){
while(this.tails.size>0)await Promise.all([...this.tails.values()])}}var run_files=__webpack_require__(1912)
;var run_plan=__webpack_require__(90204);function stepView(step){const decision=step.decision;return{
step_id:step.step_id,step_type:step.step_type,op:step.op,status:step.status,started_at:step.started_at,
ended_at:step.ended_at,input_hash:step.input_hash,output_hash:step.output_hash,receipt_hash:step.receipt_hash,
decision:decision?{decision:decision.decision,reason:decision.reason,policy_id:decision.policy_id,tier:decision.tier,
rules_triggered:decision.rules_triggered}:null,retries:step.retries,error:step.error}}function gateView(gate){
const r=gate.resolution;return{gate_id:gate.gate_id,step_id:gate.step_id===""?null:gate.step_id,kind:gate.kind,
status:gate.status,requested_at:gate.requested_at,reason:gate.reason,checklist:gate.checklist,
environment:gate.environment,resolution:r?{decision:r.decision,actor:r.actor,comment:r.comment,at:r.at,source:r.source
}:null,receipt_hash:gate.receipt_hash}}function runView({state:state,input:input}){const gate=(0,run_state.dk)(state)
;return{run_id:state.run_id,status:state.status,failure:state.failure?{kind:state.failure.kind,
reason:state.failure.reason,step_id:state.failure.step_id}:null,created_at:state.created_at,updated_at:state.updated_at,
policy_id:input.policy.document.id,steps:(0,run_state.BC)(state).map(stepView),gate:gate?gateView(gate):null,
gates:state.gates.map(gateView),receipts:state.receipts.length,audit:{lines:state.seq,head:state.head}}}
const renderedSteps=new WeakMap;function stepJson(step){const rendered=renderedSteps.get(step)
;if(rendered&&sameRecord(rendered.from,step))return rendered.json;const json=Buffer.from(JSON.stringify(stepView(step)))
;renderedSteps.set(step,{from:{...step},json:json});return json}function sameRecord(a,b){
for(const key of Object.keys(b))if(a[key]!==b[key])return false;return true}const COMMA=Buffer.from(",")
;function runViewParts(snapshot){const head=JSON.stringify(runView({...snapshot,state:{...snapshot.state,steps:[]}}))
;const at=head.indexOf('"steps":[]')+'"steps":['.length;const parts=[Buffer.from(head.slice(0,at))];(0,
run_state.BC)(snapshot.state).forEach((step,i)=>{if(i>0)parts.push(COMMA);parts.push(stepJson(step))})
;parts.push(Buffer.from(head.slice(at)));return parts}function runViewJson(snapshot){
return Buffer.concat(runViewParts(snapshot))}function runSummaryJson({state:state,input:input}){
const{steps:_steps,gates:_gates,...summary}=runView({state:{...state,steps:[]},input:input});const view=summary
;return Buffer.from(JSON.stringify(view))}function viewTag(state,minimal=false){
const head=state.head.slice(state.head.indexOf(":")+1)
;return`"${version.w}-${state.seq}-${head}${minimal?"-minimal":""}"`}function matchesTag(header,tag){
if(header===undefined)return false;return header.split(",").some(candidate=>{const value=candidate.trim()
;return value==="*"||value.replace(/^W\//,"")===tag})}const CACHED_RUNS=256;const CACHED_TRAILS=8
;function runFolder(runsDir,runId){
if(!run_folder.UC.test(runId))throw new core_errors.m_(`no run ${runId}: run ids look like run_2026-01-31T12-00-00Z`)
;const dir=external_node_path_.join(runsDir,runId);try{return(0,run_folder.Zy)(dir)}catch{
throw new core_errors.m_(`no run ${runId} in the runs folder`)}}class RunReads{runsDir;live=new Map;cache=new Map
;trails=new Map;views=new WeakMap;unverified=new Map;constructor(runsDir){this.runsDir=runsDir}read(runId){
return Promise.resolve().then(async()=>{this.refuseUnverified(runId);const live=this.live.get(runId);if(live)return live
;const cached=this.cache.get(runId)
;if(cached&&cached.auditStamp===auditStamp(external_node_path_.join(this.runsDir,runId)))return cached.snapshot
;const dir=runFolder(this.runsDir,runId);const stamp=auditStamp(dir);const snapshot=await(0,
run_reading.x)(dir).catch(err=>{const busy=(0,run_lock.oo)(dir)
;if(busy)throw new core_errors.sK(`run ${runId} is being changed by ${busy}; read it again once it ends`)
;throw runFileRefused(err,runId)});this.remember(runId,snapshot,stamp);return snapshot})}
async readView(runId,unless,minimal=false){const snapshot=await this.read(runId)
;const tag=viewTag(snapshot.state,minimal);if(matchesTag(unless,tag))return{tag:tag,body:undefined};if(minimal)return{
tag:tag,body:runSummaryJson(snapshot)};if(this.live.get(runId)===snapshot)return{tag:tag,body:runViewJson(snapshot)}
;let body=this.views.get(snapshot);if(body===undefined){body=runViewJson(snapshot);this.views.set(snapshot,body)}return{
tag:tag,body:body}}remember(runId,snapshot,stamp){this.cache.delete(runId);if(stamp===undefined)return
;this.cache.set(runId,{snapshot:snapshot,auditStamp:stamp})
;if(this.cache.size>CACHED_RUNS)this.cache.delete(this.cache.keys().next().value)}logs(runId,after,limit){
return Promise.resolve().then(()=>{this.refuseUnverified(runId);const dir=runFolder(this.runsDir,runId)
;const stamp=auditStamp(dir);let lines=this.trails.get(runId);if(lines===undefined||lines.stamp!==stamp){lines={
stamp:stamp,lines:readTrail(dir)};this.trails.delete(runId);if(stamp!==undefined)this.trails.set(runId,lines)
;if(this.trails.size>CACHED_TRAILS)this.trails.delete(this.trails.keys().next().value)}return{
lines:lines.lines.slice(after,after+limit),total:lines.lines.length}})}markUnverified(runId,message){
this.unverified.set(runId,message);this.forget(runId)}refuseUnverified(runId){const message=this.unverified.get(runId)
;if(message!==undefined)throw new core_errors.cs(`run folder ${runId} did not verify when the server started: ${message}`,runId)
}forget(runId){this.cache.delete(runId)}}function runFileRefused(err,runId){
return err instanceof core_errors.dz?new core_errors.cs(`${runId}: ${err.message}`,runId):err}function readTrail(dir){
const store=new run_store.q(dir);const read=rel=>{let bytes;try{bytes=store.read(rel);if(bytes!==undefined)return(0,
utf8_text.Hp)(bytes)}catch(err){throw new core_errors.cs(`${rel}: ${(0,core_errors.bD)(err)}`,rel)}
throw new core_errors.cs(`${rel} is missing`,rel)};const record=rel=>{const value=(0,run_files.lj)(read(rel))
;if(!value)throw new core_errors.cs(`${rel} is not a record the run writes`,rel);return value}
;const lock=record("lock.snapshot.json");const input=record("input.json");const chain=(0,
audit_chain.H5)(read(audit_chain.bd),(0,run_plan.Ug)(lock),input.run_id)
;if(!chain.ok)throw new core_errors.cs(`${audit_chain.bd} line ${chain.line} ${chain.message}`,`${audit_chain.bd}:${chain.line}`)
;return chain.lines}const NO_MODEL={name:"none",generate:()=>Promise.reject(new Error("no model calls in this request"))
};function taken(){let resolve=()=>{};let done=false;const promise=new Promise(settle=>resolve=settle);return{
promise:promise,resolve(snapshot){done=true;resolve(snapshot)},get done(){return done}}}const frozen=run=>({
state:structuredClone(run.journal.state),input:run.input});class RunSessions{options;mutex=new KeyedMutex
;interruptions=new Map;stopping=false;reads;held=new HeldRuns;constructor(options){this.options=options
;this.reads=new RunReads(options.runsDir)}runDir(runId){this.reads.refuseUnverified(runId)
;return runFolder(this.options.runsDir,runId)}async create(body,actor,wait=false){
const{workflows:workflows}=this.options;let workflow;let base=workflows.root;if(body.workflow_path!==undefined){
const file=workflows.resolve(body.workflow_path,"workflow");base=external_node_path_.dirname(file)
;const shownAs=workflows.relative(file);workflow=(0,workflow_load.G2)((0,read_input_file.jH)(file,"workflow",{
shownAs:shownAs}),shownAs)}else{
workflow=(0,workflow_load.G2)(Buffer.from(JSON.stringify(body.workflow,null,2)+"\n"),"inline")}const policy=(0,
workflow_load.nZ)(workflow,undefined,ref=>{const file=workflows.resolve(ref,"policy",base)
;const shownAs=workflows.relative(file);return{bytes:(0,read_input_file.jH)(file,"policy",{shownAs:shownAs}),
source:shownAs}});(0,run_service.checkBackendParams)(workflow,this.options.backend)
;const clock=this.options.clock??ports.m;const folder=(0,run_folder.kg)(this.options.runsDir,clock.now())
;const{runId:runId,dir:dir}=folder;const created=taken();const session=this.mutex.run(runId,async()=>{(0,
run_service.createRunIn)(folder,workflow,policy,this.session(actor,this.options.backend),"api:create")
;if(body.start===false)return(0,run_reading.x)(dir)
;return this.open(dir,actor,"api:create",this.options.backend,async(run,ctx)=>{created.resolve(frozen(run));await(0,
engine.g7)(run,ctx)})});return this.answer(runId,session,created,wait||body.start===false)}
answer(runId,session,moved,wait){if(wait)return session;session.catch(err=>{
if(moved.done)this.options.onBackgroundError?.(runId,err)});return Promise.race([moved.promise,session])}
async recover(){const done=[];const{runsDir:runsDir}=this.options;if(!external_node_fs_.existsSync(runsDir))return done
;for(const name of external_node_fs_.readdirSync(runsDir).sort()){const dir=external_node_path_.join(runsDir,name)
;if(name.startsWith(run_folder.RR)){external_node_fs_.rmSync(dir,{recursive:true,force:true})
;done.push(`removed ${name}: a run creation the server did not finish`);continue}if(!run_folder.UC.test(name))continue
;try{const found=external_node_fs_.lstatSync(dir,{throwIfNoEntry:false});if(found?.isSymbolicLink()){
done.push(`${name} is a link, not a run folder, left as it is`);continue}if(!found?.isDirectory())continue
;done.push(...await this.recoverRun(name,dir))}catch(err){this.reads.markUnverified(name,`it could not be checked: ${(0,
core_errors.bD)(err)}`);done.push(`${name} could not be checked, left as it is: ${(0,core_errors.bD)(err)}`)}}
return done}async recoverRun(name,dir){const done=[]
;if((0,run_lock.zF)(dir))done.push(`removed the lock ${name} was left with by a session that is gone`);const busy=(0,
run_lock.oo)(dir);if(busy)return[...done,`${name} is in use by ${busy}, checked when it is read`];const report=(0,
run_service.verifyFolder)(dir);if(!report.ok){this.reads.markUnverified(name,report.message??"awo verify refuses it")
;return[...done,`${name} does not verify, left as it is and not served: ${report.message??""}`]}
if(report.sealed||report.status==="running")return done;try{
await(0,run_service.withRun)(dir,this.session("system",NO_MODEL,"serve recover"),"recover",(run,ctx)=>{(0,
engine.jB)(run,ctx)})}catch(err){if(!(err instanceof core_errors.sK))throw err
;return[...done,`${name} is in use by another session, left to it`]}const after=(0,run_service.verifyFolder)(dir)
;if(after.ok)return[...done,`re-sealed ${name} (${report.notes.join("; ")})`]
;this.reads.markUnverified(name,after.message??"awo verify refuses it")
;return[...done,`${name} does not verify, not served: ${after.message??""}`]}
async changeStatus(runId,actor,action,reason,wait=false){const dir=this.runDir(runId);switch(action){case"pause":
case"cancel":return this.interrupt(runId,dir,{action:action,actor:actor,
reason:reason??`${action==="pause"?"paused":"cancelled"} by ${actor}`,taken:false});default:{
const{input:input}=await this.reads.read(runId);const moved=taken()
;const session=this.withRun(runId,dir,actor,`api:${action}`,this.options.backendFor(input.backend),async(run,ctx)=>{(0,
engine.c2)(run,ctx,action);moved.resolve(frozen(run));await(0,engine.g7)(run,ctx)
},run=>(action==="resume"?run_transitions.sR:run_transitions.Du)(run.journal.state))
;return this.answer(runId,session,moved,wait)}}}interrupt(runId,dir,request){
this.interruptions.set(runId,[...this.interruptions.get(runId)??[],request]);return this.mutex.run(runId,()=>{
const waiting=(this.interruptions.get(runId)??[]).filter(other=>other!==request)
;if(waiting.length>0)this.interruptions.set(runId,waiting);else this.interruptions.delete(runId)
;if(request.taken)return this.reads.read(runId)
;return this.open(dir,request.actor,`api:${request.action}`,NO_MODEL,(run,ctx)=>{stopFor(request,run,ctx)
},run=>(request.action==="cancel"?run_transitions.v1:run_transitions.N5)(run.journal.state))})}async stop(){
this.stopping=true;await this.mutex.idle()}takeInterruption(run,ctx){if(this.stopping)return(0,engine.Su)(run,{...ctx,
actor:"system"},"awo serve stopped before the run ended; awo retry continues it");const runId=run.journal.state.run_id
;const waiting=this.interruptions.get(runId);if(!waiting||waiting.length===0)return undefined;const first=waiting[0]
;const same=request=>request.action===first.action&&request.actor===first.actor&&(request.action==="cancel"||request.reason===first.reason&&(request.checklist??null)===(first.checklist??null))
;const left=waiting.filter(request=>!same(request))
;if(left.length>0)this.interruptions.set(runId,left);else this.interruptions.delete(runId)
;for(const request of waiting)if(same(request))request.taken=true;return stopFor(first,run,{...ctx,actor:first.actor})}
async recordStep(runId,actor,report){let result
;const snapshot=await this.withRun(runId,this.runDir(runId),actor,"api:step",NO_MODEL,(run,ctx)=>{
result=recordExternalStep(run,ctx,report)},run=>void checkExternalReport(run,report.id));return{result:result,
snapshot:snapshot}}requestGate(runId,actor,request){return this.interrupt(runId,this.runDir(runId),{action:"pause",
actor:actor,reason:request.reason,checklist:request.checklist??null,taken:false})}decideGate(runId,gateId,actor,body){
const decision={decision:body.decision,actor:actor,comment:body.comment??"",source:"api"};const allowed=run=>{
const{state:state}=run.journal;const gate=(0,run_state.rG)(state);if(gate?.gate_id!==gateId){
const known=state.gates.filter(candidate=>candidate.gate_id===gateId).at(-1)
;if(!known)throw new core_errors.m_(`run ${runId} has no gate ${gateId}`)
;const by=known.resolution?` by ${known.resolution.actor} at ${known.resolution.at}`:""
;throw new core_errors.sK(`gate ${gateId} of run ${runId} is not pending: it was ${known.status}${by}`)}(0,
engine.RG)(run,decision)}
;return this.withRun(runId,this.runDir(runId),actor,body.decision==="approved"?"api:approve":"api:reject",NO_MODEL,(run,ctx)=>{
(0,engine.mW)(run,ctx,decision)},allowed)}withRun(runId,dir,actor,command,backend,act,allowed){
return this.mutex.run(runId,()=>this.open(dir,actor,command,backend,act,allowed))}
async open(dir,actor,command,backend,act,allowed){const runId=external_node_path_.basename(dir);let opened=false
;const acted=async(run,ctx)=>{opened=true;this.reads.live.set(runId,{state:run.journal.state,input:run.input});try{
await act(run,ctx)}catch(err){this.reads.forget(runId);throw err}const snapshot={state:run.journal.state,input:run.input
};this.reads.remember(runId,snapshot,auditStamp(dir));this.held.keep(run,ctx);return snapshot}
;const holder=`serve ${command}`;try{const held=this.held.take(runId,{actor:actor,command:command,holder:holder,
backend:backend})
;if(!held)return await(0,run_service.withRun)(dir,this.session(actor,backend,holder),command,acted,allowed).catch(err=>{
throw opened?err:runFileRefused(err,runId)});try{try{allowed?.(held.run)}catch(err){this.held.keep(held.run,held.ctx)
;throw err}return await acted(held.run,held.ctx)}finally{held.store.close()}}finally{this.reads.live.delete(runId)}}
session(actor,backend,holder){return{backend:backend,actor:actor,env:{},cwd:this.options.runsDir,
clock:this.options.clock??ports.m,retry:this.options.retry,environment:this.options.environment,holder:holder,
interruption:(run,ctx)=>this.takeInterruption(run,ctx)}}}function stopFor(request,run,ctx){
return request.action==="cancel"?(0,engine.Su)(run,ctx,request.reason):requestManualGate(run,ctx,{reason:request.reason,
checklist:request.checklist??null})}var json_depth=__webpack_require__(19033);function prototypeKey(value,at=[]){
if(value===null||typeof value!=="object")return undefined;for(const[key,item]of Object.entries(value)){
const here=[...at,Array.isArray(value)?Number(key):key];if(key==="__proto__")return here
;if(key==="constructor"&&item!==null&&typeof item==="object"&&"prototype"in item)return[...here,"prototype"]
;const found=prototypeKey(item,here);if(found)return found}return undefined}function registerJsonBody(app){
app.removeAllContentTypeParsers();app.addContentTypeParser("application/json",{parseAs:"buffer"},(_request,body,done)=>{
let text;try{text=(0,utf8_text._6)(body,"the request body")}catch(err){
return done(new HttpProblem(400,"MALFORMED_JSON",err.message))}
if(text.trim()==="")return done(new HttpProblem(400,"MALFORMED_JSON","the request body is empty"));let value;try{
value=JSON.parse(text)}catch(err){
return done(new HttpProblem(400,"MALFORMED_JSON",`the request body is not valid JSON: ${err.message}`))}
const refuse=(where,what)=>{const{text:text,path:path}=(0,schema_issues.GS)(where,what)
;return done(new HttpProblem(400,"INPUT_INVALID",`invalid request body: ${text}`,[{detail:text,pointer:toPointer(path)
}]))};const deep=(0,json_depth.DI)(value)
;if(deep!==undefined)return refuse(deep,`is nested more than ${json_depth.KX} levels deep`)
;const proto=prototypeKey(value)
;if(proto!==undefined)return refuse(proto,"is a key the server refuses (it could change prototypes)")
;const ambiguous=(0,json_strings.l2)(text,value)[0]
;if(ambiguous!==undefined)return done(new HttpProblem(400,"INPUT_INVALID",`invalid request body: ${ambiguous.text}`,[{
detail:ambiguous.text,pointer:toPointer(ambiguous.path)}]));done(null,value)})}function problemFor(err){
if(err.code==="ERR_HTTP_REQUEST_TIMEOUT")return new HttpProblem(408,"REQUEST_TIMEOUT","the request (headers or body) did not arrive in time; send it at once")
;if(err.code==="HPE_HEADER_OVERFLOW")return new HttpProblem(431,"HEADERS_TOO_LARGE","the request headers are larger than the server reads")
;return new HttpProblem(400,"BAD_REQUEST","the request is not well-formed HTTP/1.1")}
function answerClientError(err,socket){if(err.code==="ECONNRESET"||socket.destroyed)return;if(socket.writable){
const{problem:problem}=toProblem(problemFor(err),"/");const body=JSON.stringify(problem)
;socket.write(`HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: application/problem+json\r\n`+`Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
}socket.destroy()}var external_node_http_=__webpack_require__(37067);const DEFAULT_HTTP_LIMITS={headersTimeoutMs:1e4,
requestTimeoutMs:6e4,keepAliveTimeoutMs:5e3,maxConnections:256,checkIntervalMs:1e3}
;function limitedServer(limits,handler){const server=external_node_http_.createServer({
headersTimeout:limits.headersTimeoutMs,requestTimeout:limits.requestTimeoutMs,
keepAliveTimeout:limits.keepAliveTimeoutMs,connectionsCheckingInterval:limits.checkIntervalMs},(request,response)=>{
connections.mark(request.socket,1);response.once("close",()=>connections.mark(request.socket,-1))
;handler(request,response)});const connections=new ConnectionCap(limits.maxConnections)
;server.keepAliveTimeout=limits.keepAliveTimeoutMs;server.on("connection",socket=>connections.admit(socket))
;return server}class ConnectionCap{cap;open=new Map;constructor(cap){this.cap=cap}admit(socket){
if(this.open.size>=this.cap&&!this.shedIdle()){socket.destroy();return}this.open.set(socket,0)
;socket.once("close",()=>this.open.delete(socket))}mark(socket,change){const count=this.open.get(socket)
;if(count!==undefined)this.open.set(socket,Math.max(0,count+change))}shedIdle(){for(const[socket,count]of this.open){
if(count>0&&!socket.destroyed)continue;this.open.delete(socket);socket.destroy();return true}return false}}
function sendJson(reply,json){
return reply.type("application/json; charset=utf-8").send(typeof json==="string"?Buffer.from(json):json)}
const CLOSE=Buffer.from("}");const sendRun=(reply,snapshot)=>sendJson(reply,runViewJson(snapshot))
;function principal(request){return request.principal}function buildServer(options){const sessions=new RunSessions({
onBackgroundError:(runId,err)=>options.log?.(`run ${runId} (continuing after its request was answered): ${String(err)}`),
...options});const limits={...DEFAULT_HTTP_LIMITS,...options.limits}
;const runsPrefix=external_node_path_.resolve(options.runsDir)+external_node_path_.sep
;const sendProblem=(err,request,reply)=>{
const{problem:problem,headers:headers,internal:internal}=toProblem(err,request.url)
;problem.detail=problem.detail.split(runsPrefix).join("")
;if(internal)options.log?.(`awo serve: ${request.method} ${request.url}: ${err instanceof Error?err.stack??err.message:String(err)}`)
;return reply.code(problem.status).headers(headers).type("application/problem+json").send(JSON.stringify(problem))}
;const app=fastify_default()({logger:false,bodyLimit:options.bodyLimit??16*1024*1024,return503OnClosing:false,
serverFactory:handler=>limitedServer(limits,handler),clientErrorHandler:answerClientError,
frameworkErrors:(err,request,reply)=>void sendProblem(err,request,reply)})
;const document=JSON.stringify(openApiDocument());let closing=false;registerJsonBody(app)
;app.decorateRequest("principal",null);app.addHook("preClose",done=>{closing=true;done()})
;app.addHook("onRequest",(request,_reply,done)=>{const scope=request.routeOptions.config.scope;try{
if(closing)throw new HttpProblem(503,"SHUTTING_DOWN","the server is stopping; send the request again to its next start",[],{
connection:"close"});if(scope!==undefined){request.principal=options.tokens.authenticate(request.headers.authorization)
;requireScope(request.principal,scope)}done()}catch(err){done(err)}})
;app.setErrorHandler(async(err,request,reply)=>sendProblem(err,request,reply));app.setNotFoundHandler(request=>{
throw new HttpProblem(404,"NOT_FOUND",`no route ${request.method} ${request.url.split("?")[0]??""}; see /openapi.json`)
});app.addHook("onClose",async()=>sessions.stop())
;app.get("/openapi.json",async(_request,reply)=>reply.type("application/json").send(document))
;app.post("/workflows/runs",{config:{scope:"run"}},async(request,reply)=>{
const body=parseRequest(CreateRunEnvelope,request.body);const{wait:wait}=parseRequest(WaitQuery,request.query,"query")
;const snapshot=await sessions.create(body,principal(request).actor,wait==="true")
;return sendRun(reply.code(201).header("location",`/workflows/runs/${snapshot.state.run_id}`),snapshot)})
;app.get("/workflows/runs/:run_id",{config:{scope:"read"}},async(request,reply)=>{
const minimal=prefersMinimal(request.headers.prefer)
;const{tag:tag,body:body}=await sessions.reads.readView(request.params.run_id,request.headers["if-none-match"],minimal)
;reply.header("etag",tag).header("vary","Prefer");if(minimal)reply.header("preference-applied","return=minimal")
;return body===undefined?reply.code(304).send():sendJson(reply,body)});app.patch("/workflows/runs/:run_id/status",{
config:{scope:"run"}},async(request,reply)=>{const body=parseRequest(StatusChangeRequest,request.body)
;const wait=parseRequest(WaitQuery,request.query,"query").wait==="true";const{run_id:runId}=request.params
;const snapshot=await sessions.changeStatus(runId,principal(request).actor,body.action,body.reason,wait)
;if(!wait&&(body.action==="resume"||body.action==="retry"))return sendRun(reply.code(202).header("location",`/workflows/runs/${runId}`),snapshot)
;return sendRun(reply,snapshot)});app.post("/workflows/runs/:run_id/steps",{config:{scope:"run"}
},async(request,reply)=>{const body=parseRequest(ExternalStepRequest,request.body)
;const{result:result,snapshot:snapshot}=await sessions.recordStep(request.params.run_id,principal(request).actor,body)
;const decision=result.decision;const step=stepView(result.step)
;const head=Buffer.from(`{"decision":${JSON.stringify(decision)},"step":${JSON.stringify(step)},"run":`)
;if(prefersMinimal(request.headers.prefer)){reply.header("preference-applied","return=minimal")
;return sendJson(reply,Buffer.concat([head,runSummaryJson(snapshot),CLOSE]))}
return sendJson(reply,Buffer.concat([head,...runViewParts(snapshot),CLOSE]))});app.get("/workflows/runs/:run_id/steps",{
config:{scope:"read"}},async request=>{const query=parseRequest(StepQuery,request.query,"query")
;const after=query.after??0;const steps=(0,run_state.BC)((await sessions.reads.read(request.params.run_id)).state)
;const page=steps.slice(after,after+(query.limit??100));return{run_id:request.params.run_id,steps:page.map(stepView),
total:steps.length,next_after:after+page.length<steps.length?after+page.length:null}})
;app.get("/workflows/runs/:run_id/logs",{config:{scope:"read"}},async request=>{
const query=parseRequest(LogQuery,request.query,"query");const after=query.after??0
;const{lines:lines,total:total}=await sessions.reads.logs(request.params.run_id,after,query.limit??100)
;const last=lines.at(-1)?.seq;return{run_id:request.params.run_id,lines:lines,total:total,
next_after:last!==undefined&&last<total?last:null}});app.post("/workflows/runs/:run_id/gates",{config:{scope:"run"}
},async(request,reply)=>{const body=parseRequest(GateRequest,request.body)
;const snapshot=await sessions.requestGate(request.params.run_id,principal(request).actor,body);const gate=(0,
run_state.dk)(snapshot.state)
;return sendRun(reply.code(201).header("location",`/workflows/runs/${snapshot.state.run_id}/gates/${gate?.gate_id??""}`),snapshot)
});app.patch("/workflows/runs/:run_id/gates/:gate_id",{config:{scope:"review"}},async(request,reply)=>{
const body=parseRequest(GateDecisionRequest,request.body)
;const snapshot=await sessions.decideGate(request.params.run_id,request.params.gate_id,principal(request).actor,body)
;return sendRun(reply,snapshot)});return{app:app,sessions:sessions}}class AllowedFolder{root;constructor(dir){try{
this.root=external_node_fs_.realpathSync(dir)}catch(err){
throw new core_errors.dz(`cannot use workflows folder ${dir}: ${err.message}`)}}resolve(rel,what,base=this.root){
const candidate=external_node_path_.resolve(base,rel);let real;try{real=external_node_fs_.realpathSync(candidate)}catch{
if(!this.contains(candidate))throw outside(rel,what)
;throw new HttpProblem(400,"INPUT_INVALID",`${what} ${rel} does not exist in the workflows folder`,[{
detail:`${what} ${rel}: no such file`}])}if(!this.contains(real))throw outside(rel,what)
;if(!external_node_fs_.statSync(real).isFile())throw new HttpProblem(400,"INPUT_INVALID",`${what} ${rel} is not a file`)
;return real}relative(real){return external_node_path_.relative(this.root,real).split(external_node_path_.sep).join("/")
}contains(file){const rel=external_node_path_.relative(this.root,file)
;return rel!==""&&rel!==".."&&!rel.startsWith(`..${external_node_path_.sep}`)&&!external_node_path_.isAbsolute(rel)}}
function outside(rel,what){
return new HttpProblem(403,"PATH_OUTSIDE_ALLOWED_FOLDER",`${what} ${rel} is outside the workflows folder the server may read`)
}var environment=__webpack_require__(50415);var cli_arguments=__webpack_require__(11506)
;var options=__webpack_require__(97562)
;const usage=`usage: awo serve [--port 9405] [--host 127.0.0.1] [--runs-dir runs] [--tokens tokens.json] [--workflows-dir .]\n                 [--backend echo] [--model M] [--base-url URL]\n\nServes the governance HTTP API (docs/server.md): create runs, record external steps, request and decide\ngates, pause, resume, retry and cancel, over the same run folders as the CLI. Every request needs a bearer\ntoken from --tokens ({ "tokens": [ { "token": "...", "actor": "alice", "scopes": ["read", "run", "review"] } ] });\nthe audit trail records the token's actor. Workflow files are read only inside --workflows-dir.\n--backend and --model choose the model backend of new runs; a run resumes with its own.\nPrints "listening on http://HOST:PORT" once it accepts requests; SIGTERM or SIGINT stops it after the\nrequests in flight are answered, each run executing in the background cancelled before its next step\n(sealed; awo retry continues it). Limits: headers within 10 s, a whole request within 60 s, idle keep-alive\n5 s, at most 256 connections (docs/server.md, "Limits").`
;function portOf(value){const port=Number(value??"9405")
;if(!Number.isInteger(port)||port<0||port>65535)throw new core_errors.dz(`--port must be an integer from 0 to 65535, got ${String(value)}\n${usage}`)
;return port}const command={name:"serve",summary:"serve the governance HTTP API",usage:usage,async run(args,io){
const{values:values}=(0,cli_arguments.q)(args,{port:{type:"string"},host:{type:"string"},"runs-dir":{type:"string"},
tokens:{type:"string"},"workflows-dir":{type:"string"},backend:{type:"string"},model:{type:"string"},"base-url":{
type:"string"}},usage);if(values.help)return io.out(usage),0;const port=portOf(values.port)
;const host=values.host??"127.0.0.1";const runsDir=external_node_path_.resolve(io.cwd,values["runs-dir"]??"runs")
;const tokens=loadTokens(external_node_path_.resolve(io.cwd,values.tokens??"tokens.json"))
;const workflows=new AllowedFolder(external_node_path_.resolve(io.cwd,values["workflows-dir"]??"."));const backend=(0,
options.EC)(values,io,"echo",runsDir);const{app:app,sessions:sessions}=buildServer({runsDir:runsDir,workflows:workflows,
tokens:tokens,backend:backend,
backendFor:spec=>spec.name===backend.name&&(spec.model??undefined)===backend.model&&(spec.base_url??backend.endpoint)===backend.endpoint?backend:(0,
options.EC)({backend:spec.name,model:spec.model??undefined,"base-url":spec.base_url??values["base-url"]
},io,spec.name,runsDir),environment:(0,environment.t)(io.env,io.cwd),log:line=>io.err(line)})
;for(const line of await sessions.recover())io.err(`awo serve: recovery: ${line}`);const stopped=new Promise(resolve=>{
const onSignal=signal=>resolve(signal);process.once("SIGTERM",onSignal);process.once("SIGINT",onSignal)});try{
await app.listen({port:port,host:host})}catch(err){
throw new core_errors.dz(`cannot listen on ${host}:${port}: ${err.message}`)}const address=app.server.address()
;const bound=typeof address==="object"&&address?address.port:port
;io.out(`listening on http://${host.includes(":")?`[${host}]`:host}:${bound}`);const signal=await stopped
;io.err(`awo serve: ${signal}: finishing requests in flight, then stopping`);await app.close();return 0}}},
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
;var run_store=__webpack_require__(86380);async function readRunState(runDir){const dir=(0,run_folder.Zy)(runDir)
;const sealed=readSealedState(new run_store.q(dir));if(sealed)return sealed
;const run=(await Promise.all([__webpack_require__.e(436),__webpack_require__.e(392)]).then(__webpack_require__.bind(__webpack_require__,8392))).openReadOnly(dir)
;return{state:run.journal.state,input:run.input}}}};
