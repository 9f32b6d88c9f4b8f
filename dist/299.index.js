export const id=299;export const ids=[299];export const modules={
45726:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
MB:()=>fetchReviews,nk:()=>parseBaseline})
;var _core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(67796)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296)
;var _github_rest_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(20126)
;class ApprovalsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__._{constructor(message){
super("APPROVALS",message,1)}}function parseReviews(body){
if(!Array.isArray(body))throw new ApprovalsError("the approvals API did not answer with a list of reviews")
;return body.map((entry,index)=>{const record=entry;const login=record?.user?.login;const state=record?.state
;if(typeof login!=="string"||(0,
_core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__.Y9)(login)!==undefined||state!=="approved"&&state!=="rejected"&&state!=="pending"||!Array.isArray(record.environments)){
throw new ApprovalsError(`the approvals API answered an entry without a user.login (a name with no control characters), state or environments (entry ${index})`)
}return{login:login,...typeof record.user?.id==="number"?{user_id:record.user.id}:{},state:state,
comment:typeof record.comment==="string"?record.comment:"",
environments:record.environments.map(env=>env?.name).filter(name=>typeof name==="string")}})}
async function fetchReviews(ctx,token){const rest=(0,_github_rest_js__WEBPACK_IMPORTED_MODULE_2__.OO)(ctx,token)
;const body=await(0,
_github_rest_js__WEBPACK_IMPORTED_MODULE_2__.T1)(`reading the approvals of workflow run ${ctx.runId} in ${ctx.repository}`,"actions: read",()=>rest.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals",{
owner:ctx.owner,repo:ctx.repo,run_id:Number(ctx.runId)}));return parseReviews(body)}function parseBaseline(recorded){
return recorded.map((entry,index)=>{const r=entry
;if(typeof r?.login!=="string"||r.state!=="approved"&&r.state!=="rejected"&&r.state!=="pending"||!Array.isArray(r.environments))throw new ApprovalsError(`the gate's recorded review baseline has a malformed entry ${index}`)
;return{login:r.login,...typeof r.user_id==="number"?{user_id:r.user_id}:{},state:r.state,
comment:typeof r.comment==="string"?r.comment:"",environments:r.environments.filter(name=>typeof name==="string")}})}},
62045:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
L:()=>warnNoBaseline,V:()=>gateContext});var _actions_core__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(91659)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296)
;var _approvals_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(45726);async function gateContext(inputs,ctx){
const base={channel:inputs.channel,github_run_id:ctx.runId,github_run_attempt:ctx.runAttempt,github_job:ctx.job,
github_triggering_actor:ctx.triggeringActor??null,opened_at_source:"clock of the job that paused"}
;if(inputs.channel!=="environment")return base;if(!inputs.token)return{...base,review_baseline:null,
review_baseline_error:"no token input"};try{return{...base,review_baseline:await(0,
_approvals_js__WEBPACK_IMPORTED_MODULE_2__.MB)(ctx,inputs.token)}}catch(err){
_actions_core__WEBPACK_IMPORTED_MODULE_0__.pq(`could not read the review history of this workflow run: ${(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_1__.bD)(err)}`);return{...base,review_baseline:null,review_baseline_error:(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_1__.bD)(err)}}}function warnNoBaseline(context,gateId){
if(context.channel!=="environment"||context.review_baseline!==null||gateId===undefined)return
;_actions_core__WEBPACK_IMPORTED_MODULE_0__.$e(`gate ${gateId} opened without a record of this workflow run's review history (${String(context.review_baseline_error)}), so its resume will refuse; give this job permissions: actions: read`,{
title:"AWO gate without review baseline"})}},68560:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{DH:()=>ACTION_INPUT_OVERRIDE,O9:()=>finish,Wv:()=>jobClock,
Rs:()=>pastDeadline,Q6:()=>recordDecision});var core=__webpack_require__(91659)
;var self_approval=__webpack_require__(66957);var run_service=__webpack_require__(31614)
;var annotations=__webpack_require__(47376);var gate_context=__webpack_require__(62045)
;var gate_thread=__webpack_require__(64968);var github_rest=__webpack_require__(20126)
;var action_outcome=__webpack_require__(85458);function continueText(inputs,ctx,gate,thread){
const quorum=Math.max(gate.min_approvals??1,inputs.minApprovals??1)
;const people=quorum>1?`${quorum} distinct users`:"a user"
;if(inputs.channel==="comment")return`To continue: ${people} with write permission comment \`/awo approve <comment>\` on ${thread?`#${thread}`:"the gate's issue"} (or \`/awo reject <comment>\` to stop the run).`
;if(inputs.channel==="dispatch")return`To continue: ${people} with write access run the approval workflow (workflow_dispatch, default branch) with workflow-run-id \`${ctx.runId}\`, this job's bundle-sha256 and decision \`approve\` (or \`reject\`).`
;const env=inputs.environment??gate.environment??"awo-audit"
;return`To continue: a reviewer of environment \`${env}\` must approve the job that resumes it (mode: resume)${quorum>1?`; ${quorum} distinct approvers are needed, one per attempt of that job`:""}; rejecting it stops the run (mode: finalize).`
}function pauseNotes(status,gate,inputs,ctx,thread){if(status!=="paused"||!gate)return[]
;const env=inputs.environment??gate.environment??"awo-audit"
;const where=inputs.channel==="environment"?`a reviewer of environment \`${env}\` must approve the job that resumes it (mode: resume).`:`it waits for a decision through the ${inputs.channel} channel.`
;const text=`Paused at gate \`${gate.gate_id}\`: ${where}`
;core.lm(`${text} ${continueText(inputs,ctx,gate,thread)}`.replace(/`/g,""),{title:"AWO run paused for review"})
;return[text]}var attest_step=__webpack_require__(38256);var publish=__webpack_require__(87080)
;var action_session=__webpack_require__(55296)
;const pastDeadline=(gate,at)=>gate.deadline!==null&&Date.parse(at)>Date.parse(gate.deadline)
;const jobClock=()=>(new Date).toISOString();const ACTION_INPUT_OVERRIDE={[self_approval.gX]:true,
self_approval_allowed_by:self_approval.Pz.actionInput};async function recordDecision(inputs,ctx,paused,decision,thread){
const context=await(0,gate_context.V)(inputs,ctx);const session={...(0,action_session.x)(inputs,ctx,paused.runDir),
gateContext:context,previousBundle:paused.bundleSha256};const{note:note,...resolution}=decision;let outcome=await(0,
run_service.decideGate)(paused.runDir,resolution,session);if(decision.decision==="approved"){
core.pq(`Gate ${paused.gate.gate_id} approved by ${decision.actor}; resuming run ${paused.runId}`);outcome=await(0,
run_service.continueRun)(paused.runDir,"resume",session);(0,annotations.f)(outcome)}(0,action_outcome.n)(outcome)
;return finish(inputs,ctx,outcome,[note],{...context,closes_gate:true},thread)}
async function finish(inputs,ctx,outcome,notes,context,thread){const gate=outcome.status==="paused"?outcome.gate:null
;(0,gate_context.L)(context,gate?.gate_id);const all=[...notes,...pauseNotes(outcome.status,gate,inputs,ctx,thread)]
;const next=gate?continueText(inputs,ctx,gate,thread):undefined;const published=await(0,
publish.m)(outcome.runDir,outcome.status,ctx,inputs.retentionDays,all,{continueText:next,afterUpload:(0,
attest_step.v)(inputs,ctx)});const announce=gate!==null||context.closes_gate===true
;if(inputs.channel==="comment"&&thread!==undefined&&inputs.token&&announce){const marker={v:1,
state:outcome.status==="paused"?"pending":outcome.status,run_id:outcome.runId,gate_id:gate?.gate_id??null,
workflow_run_id:ctx.runId,artifact_name:published.name,bundle_sha256:published.sha256,
min_approvals:Math.max(gate?.min_approvals??1,inputs.minApprovals??1)}
;const text=gate?[`### AWO run \`${outcome.runId}\` is waiting at gate \`${gate.gate_id}\``,"",gate.checklist?`Checklist: \`${gate.checklist}\`.`:"",`Evidence: artifact [\`${published.name}\`](${published.url}) of workflow run ${ctx.runId}, \`${published.sha256}\`.`,gate.deadline?`Deadline: ${gate.deadline}.`:"","",continueText(inputs,ctx,gate,thread)].filter((line,i,lines)=>line!==""||lines[i-1]!=="").join("\n"):`### AWO run \`${outcome.runId}\` is ${outcome.status}\n\n${notes.join("\n")}\n\nEvidence: artifact [\`${published.name}\`](${published.url}), \`${published.sha256}\`.`
;await(0,gate_thread.XT)((0,github_rest.OO)(ctx,inputs.token),ctx,thread,marker,text)}return(0,
action_outcome.B)(outcome,published.name)}},64968:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{$3:()=>listThread,Fp:()=>permissionOf,RK:()=>canDecide,Rb:()=>MARKER_AUTHOR,
XT:()=>postMarker,uq:()=>latestMarker});var _actions_core__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(91659)
;var _github_rest_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(20126);const MARKER_AUTHOR="github-actions[bot]"
;const MARK=/<!-- awo-gate (\{.*?\}) -->/s;function markerBody(marker,text){
return`${text}\n\n\x3c!-- awo-gate ${JSON.stringify(marker)} --\x3e\n`}function parseMarker(comment){
if(comment.user?.login!==MARKER_AUTHOR||comment.user.type!=="Bot")return undefined;const match=MARK.exec(comment.body)
;if(!match)return undefined;try{const marker=JSON.parse(match[1])
;return marker.v===1&&typeof marker.run_id==="string"?marker:undefined}catch{return undefined}}
function latestMarker(comments){let found;for(const comment of comments){const marker=parseMarker(comment)
;if(marker&&(!found||comment.id>found.comment.id))found={marker:marker,comment:comment}}return found}const MAX_PAGES=30
;async function listThread(rest,ctx,issue){const all=[];for(let page=1;page<=MAX_PAGES;page++){const batch=await(0,
_github_rest_js__WEBPACK_IMPORTED_MODULE_1__.T1)(`reading the comments of #${issue} in ${ctx.repository}`,"issues: read",()=>rest.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{
owner:ctx.owner,repo:ctx.repo,issue_number:issue,per_page:100,page:page}));all.push(...batch);if(batch.length<100)break}
return all.sort((a,b)=>a.id-b.id)}async function postMarker(rest,ctx,issue,marker,text){const posted=await(0,
_github_rest_js__WEBPACK_IMPORTED_MODULE_1__.T1)(`posting gate ${marker.gate_id??marker.state} of run ${marker.run_id} on #${issue}`,"issues: write (pull-requests: write for a pull request)",()=>rest.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{
owner:ctx.owner,repo:ctx.repo,issue_number:issue,body:markerBody(marker,text)}))
;_actions_core__WEBPACK_IMPORTED_MODULE_0__.pq(`Posted ${marker.state} marker for run ${marker.run_id} on #${issue}: ${posted.html_url}`)
}async function permissionOf(rest,ctx,login){
const answer=await(0,_github_rest_js__WEBPACK_IMPORTED_MODULE_1__.T1)(`reading the permission of ${login} on ${ctx.repository}`,"contents: read (metadata)",()=>rest.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission",{
owner:ctx.owner,repo:ctx.repo,username:login}));return answer.permission??"none"}
const canDecide=permission=>permission==="write"||permission==="admin"},
13654:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
j:()=>readEvent,s:()=>threadNumber});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296);function readEvent(env=process.env){
const file=env.GITHUB_EVENT_PATH;let payload={};if(file){try{
payload=JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file,"utf8"))}catch(err){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`GITHUB_EVENT_PATH ${file}: cannot read the event payload as JSON (${String(err)})`)
}}return{...payload,name:env.GITHUB_EVENT_NAME??""}}function threadNumber(explicit,event){
return explicit??event.pull_request?.number??event.issue?.number}},
20126:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
OO:()=>restClient,T1:()=>call});var _actions_github__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(61351)
;var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(49735)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296)
;class GitHubApiError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__._{constructor(message){
super("GITHUB_API",message,1)}}function restClient(ctx,token){
return(0,_actions_github__WEBPACK_IMPORTED_MODULE_0__.Q)(token,{baseUrl:ctx.apiUrl,retry:{retries:2}
},_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__.L)}const MAX_RATE_WAIT_MS=6e4
;const sleep=ms=>new Promise(resolve=>setTimeout(resolve,ms));function rateLimitWait(err,now=Date.now()){
if(err.status!==403&&err.status!==429)return undefined;const headers=err.response?.headers??{}
;const retryAfter=Number(headers["retry-after"])
;if(headers["retry-after"]!==undefined&&Number.isFinite(retryAfter))return retryAfter*1e3
;if(String(headers["x-ratelimit-remaining"])==="0"){const reset=Number(headers["x-ratelimit-reset"])*1e3
;return Number.isFinite(reset)?Math.max(reset-now,0):6e4}if(/rate limit/i.test(err.message??""))return 6e4
;return undefined}async function call(what,permission,request){for(let attempt=1;;attempt++){try{
return(await request()).data}catch(err){const e=err;const wait=rateLimitWait(e);if(wait!==undefined){
if(attempt<=2&&wait<=MAX_RATE_WAIT_MS){await sleep(wait);continue}
throw new GitHubApiError(`${what}: GitHub's API rate limit is exhausted (${e.status} ${(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_1__.bD)(err)}); it resets in ${Math.ceil(wait/1e3)} s. Re-run the job later; this is not a permission problem`)
}throw explain(what,permission,e,err)}}}function explain(what,permission,e,err){const detail=(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_1__.bD)(err)
;if(e.status===401)return new GitHubApiError(`${what}: GitHub refused the token (401 ${detail}); pass token: \${{ github.token }}`)
;if(e.status===403)return new GitHubApiError(`${what}: the token is not allowed to (403 ${detail}); give the job permissions: ${permission}`)
;if(e.status===404)return new GitHubApiError(`${what}: GitHub found nothing there (404 ${detail}); the token must belong to this repository and have ${permission}`)
;return new GitHubApiError(`${what} failed: ${e.status??""} ${detail}`.replace("  "," "))}},
97299:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{commentThread:()=>commentThread,runMode:()=>runMode})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(91659)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(74296)
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(31614)
;var _annotations_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(47376)
;var _gate_context_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(62045)
;var _gate_outcome_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(68560)
;var _github_event_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(13654)
;var _outcome_js__WEBPACK_IMPORTED_MODULE_9__=__webpack_require__(85458)
;var _session_js__WEBPACK_IMPORTED_MODULE_10__=__webpack_require__(55296)
;var _state_js__WEBPACK_IMPORTED_MODULE_11__=__webpack_require__(33175)
;var _store_make_folders_js__WEBPACK_IMPORTED_MODULE_12__=__webpack_require__(67383);function commentThread(inputs){
if(inputs.channel!=="comment")return undefined
;const thread=(0,_github_event_js__WEBPACK_IMPORTED_MODULE_8__.s)(inputs.issueNumber,(0,
_github_event_js__WEBPACK_IMPORTED_MODULE_8__.j)())
;if(thread===undefined)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.dz("input issue-number is required with approval-channel comment when the event is not a pull request or issue: the number of the issue or pull request where the gate is posted")
;return thread}async function runMode(inputs,ctx){const thread=commentThread(inputs)
;const runsDir=node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.workspace,inputs.runsDir);(0,
_store_make_folders_js__WEBPACK_IMPORTED_MODULE_12__.w)(runsDir)
;_state_js__WEBPACK_IMPORTED_MODULE_11__.UN(_state_js__WEBPACK_IMPORTED_MODULE_11__.HP.runsDir,runsDir)
;_state_js__WEBPACK_IMPORTED_MODULE_11__.UN(_state_js__WEBPACK_IMPORTED_MODULE_11__.HP.knownRuns,JSON.stringify(node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(runsDir)))
;const context=await(0,_gate_context_js__WEBPACK_IMPORTED_MODULE_6__.V)(inputs,ctx);const session={...(0,
_session_js__WEBPACK_IMPORTED_MODULE_10__.x)(inputs,ctx,runsDir),gateContext:context};const outcome=await(0,
_store_run_service_js__WEBPACK_IMPORTED_MODULE_4__.startRun)({workflowPath:inputs.workflow,runsDir:runsDir,
policyPath:inputs.policy,...session})
;_state_js__WEBPACK_IMPORTED_MODULE_11__.UN(_state_js__WEBPACK_IMPORTED_MODULE_11__.HP.runDir,outcome.runDir);(0,
_outcome_js__WEBPACK_IMPORTED_MODULE_9__.n)(outcome);(0,_annotations_js__WEBPACK_IMPORTED_MODULE_5__.f)(outcome)
;_actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(`AWO run ${outcome.runId}: ${outcome.status}`);return(0,
_gate_outcome_js__WEBPACK_IMPORTED_MODULE_7__.O9)(inputs,ctx,outcome,[],context,thread)}}};
