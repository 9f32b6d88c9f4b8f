export const id=642;export const ids=[642];export const modules={
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
29111:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
L:()=>fetchBundle,a:()=>findBundle});var external_node_crypto_=__webpack_require__(77598)
;var external_node_fs_=__webpack_require__(73024);var core=__webpack_require__(91659)
;var artifact_error=__webpack_require__(10117);var artifacts=__webpack_require__(18089)
;function bundleCandidates(artifacts,criteria){const hex=criteria.sha256?.replace(/^sha256:/,"")
;const candidates=artifacts.filter(artifact=>{
if(!artifact.name.startsWith("awo-")||!artifact.name.endsWith(".tar.gz"))return false
;if(criteria.runId&&!artifact.name.startsWith(`awo-${criteria.runId}-`))return false
;if(criteria.stage&&!artifact.name.includes(`-${criteria.stage}-a`))return false;if(hex){
const digest=artifact.digest?.replace(/^sha256:/,"")
;return digest!==undefined?digest===hex:artifact.name.endsWith(`-${hex.slice(0,12)}.tar.gz`)}return true})
;if(candidates.length===0){const seen=artifacts.map(a=>a.name).join(", ")||"none"
;throw new artifact_error.n(`no AWO bundle in this workflow run matches ${wanted(criteria)||"awo-*.tar.gz"} (artifacts: ${seen}); pass artifact-name and bundle-sha256 from the outputs of the job that uploaded it`)
}return[...candidates].sort((a,b)=>b.id-a.id)}function wanted(criteria){
return[criteria.stage?`stage ${criteria.stage}`:"",criteria.runId?`run id ${criteria.runId}`:"",criteria.sha256?`digest ${criteria.sha256}`:""].filter(Boolean).join(", ")
}function selectBundle(artifacts,criteria){const candidates=bundleCandidates(artifacts,criteria)
;const digests=new Set(candidates.map(a=>a.digest??a.name));if(digests.size>1){
throw new artifact_error.n(`several AWO bundles in this workflow run match ${wanted(criteria)||"awo-*.tar.gz"}: ${candidates.map(a=>a.name).join(", ")}; pass artifact-name (or bundle-sha256) to choose one`)
}return candidates[0]}async function findBundle(criteria){if(criteria.artifactName)return(0,
artifacts.jZ)(criteria.artifactName);return selectBundle(await(0,artifacts.wn)(),criteria)}const MAX_CANDIDATES=5
;const sha256File=file=>`sha256:${(0,
external_node_crypto_.createHash)("sha256").update(external_node_fs_.readFileSync(file)).digest("hex")}`
;async function fetchBundle(criteria,tempRoot,find={}){if(criteria.artifactName){const artifact=await(0,
artifacts.jZ)(criteria.artifactName,find);return{artifact:artifact,file:await(0,artifacts.fv)(artifact,tempRoot,find)}}
if(!criteria.sha256){const artifact=selectBundle(await(0,artifacts.wn)(find),criteria);return{artifact:artifact,
file:await(0,artifacts.fv)(artifact,tempRoot,find)}}const candidates=bundleCandidates(await(0,
artifacts.wn)(find),criteria);const seen=[];for(const artifact of candidates.slice(0,MAX_CANDIDATES)){
const file=await(0,artifacts.fv)(artifact,tempRoot,find);const digest=sha256File(file)
;if(digest===criteria.sha256)return{artifact:artifact,file:file}
;seen.push(`${artifact.name} (id ${artifact.id}) is ${digest}`)
;core.pq(`Skipped artifact ${artifact.name} (id ${artifact.id}): it claims ${criteria.sha256}, but its bytes are ${digest}`)
;external_node_fs_.rmSync(file,{force:true})}
throw new artifact_error.n(`no AWO bundle matching ${wanted(criteria)} has those bytes: ${seen.join("; ")}${candidates.length>MAX_CANDIDATES?`; ${candidates.length-MAX_CANDIDATES} more not tried`:""}; pass artifact-name from the outputs of the job that uploaded it`)
}},62045:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
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
15099:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Q:()=>fetchPausedRun});var node_path__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(91659)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296)
;var _bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(48038)
;var _core_run_journal_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(208)
;var _core_self_approval_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(66957)
;var _store_run_reading_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(92086)
;var _store_run_store_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(16674)
;var _find_bundle_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(29111)
;var _outputs_js__WEBPACK_IMPORTED_MODULE_9__=__webpack_require__(18948)
;var _state_js__WEBPACK_IMPORTED_MODULE_10__=__webpack_require__(33175)
;var _store_make_folders_js__WEBPACK_IMPORTED_MODULE_11__=__webpack_require__(67383)
;async function fetchPausedRun(inputs,ctx,where={artifactName:inputs.artifactName,runId:inputs.runId,
sha256:inputs.bundleSha256}){
const{artifact:artifact,file:file}=await(0,_find_bundle_js__WEBPACK_IMPORTED_MODULE_8__.L)({
artifactName:where.artifactName,runId:where.runId,sha256:where.sha256,stage:where.artifactName?undefined:"paused"
},ctx.runnerTemp,where.find);const runsDir=node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(ctx.workspace,inputs.runsDir)
;(0,_store_make_folders_js__WEBPACK_IMPORTED_MODULE_11__.w)(runsDir);const{runDir:runDir}=await(0,
_bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_3__.zq)(file,runsDir,{expectedSha256:where.sha256})
;_actions_core__WEBPACK_IMPORTED_MODULE_1__.pq(`Bundle ${artifact.name} matches bundle-sha256 ${where.sha256}; extracted to ${runDir}`)
;const{state:run}=await(0,_store_run_reading_js__WEBPACK_IMPORTED_MODULE_6__.x)(runDir);(0,
_outputs_js__WEBPACK_IMPORTED_MODULE_9__.n)({"run-id":run.run_id,"run-dir":runDir})
;const gate=run.gates.find(candidate=>candidate.status==="pending");if(run.status!=="paused"||!gate){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.sK(`bundle ${artifact.name} holds run ${run.run_id} with status ${run.status}, not paused at a gate; there is nothing to ${inputs.mode}`)
}if(where.runId&&where.runId!==run.run_id){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`bundle ${artifact.name} holds run ${run.run_id}, not run ${where.runId}`)
}_state_js__WEBPACK_IMPORTED_MODULE_10__.UN(_state_js__WEBPACK_IMPORTED_MODULE_10__.HP.runDir,runDir);return{
bundleSha256:where.sha256,runDir:runDir,runId:run.run_id,gate:gate,
environment:inputs.environment??gate.environment??"awo-audit",artifact:{id:artifact.id,name:artifact.name},
requesters:(0,
_core_self_approval_js__WEBPACK_IMPORTED_MODULE_5__.pW)((0,_core_self_approval_js__WEBPACK_IMPORTED_MODULE_5__.SD)((0,
_core_run_journal_js__WEBPACK_IMPORTED_MODULE_4__.Rf)(new _store_run_store_js__WEBPACK_IMPORTED_MODULE_7__.q(runDir))),gate),
minApprovals:Math.max(gate.min_approvals,inputs.minApprovals??1)}}},
42642:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{checkNotResolved:()=>checkNotResolved,
environmentVerdict:()=>environmentVerdict,gateReviews:()=>gateReviews,resumeMode:()=>resumeMode,
selfLogins:()=>selfLogins});var core=__webpack_require__(91659);var approvals=__webpack_require__(45726)
;var external_node_crypto_=__webpack_require__(77598);var errors=__webpack_require__(74296)
;var self_approval=__webpack_require__(66957);var gate_outcome=__webpack_require__(68560)
;var gate_thread=__webpack_require__(64968);var github_event=__webpack_require__(13654)
;var github_rest=__webpack_require__(20126);var paused_bundle=__webpack_require__(15099);class Refusal extends errors._{
constructor(message){super("REFUSED",message,1)}}function reviewSetup(environment){
return`Configure it: the job that resumes must declare \`environment: ${environment}\`, and that environment (Settings → Environments → ${environment}) must have required reviewers, `+"so GitHub holds the job until someone approves it. Required reviewers on private or internal repositories need a GitHub plan that supports them "+"(GitHub Enterprise; public repositories on any plan); without them the job runs unreviewed and no approval is ever recorded — use approval-channel comment or dispatch instead. The token needs permissions: actions: read."
}function parseCommand(body){const match=/^\s*\/awo\s+(approve|reject)\b[ \t]*(.*)$/m.exec(body.split(/\r?\n/)[0]??"")
;if(!match)return undefined;return{decision:match[1]==="approve"?"approved":"rejected",comment:match[2].trim()}}
const isBot=user=>!user||user.type==="Bot"||user.login.endsWith("[bot]");const sha256=text=>`sha256:${(0,
external_node_crypto_.createHash)("sha256").update(text,"utf8").digest("hex")}`
;async function refusalOf(comment,rest,ctx,inputs,self,permissions){const user=comment.user
;if(!user||isBot(user))return`it was written by a bot (${user?.login??"deleted user"})`
;if(comment.updated_at!==comment.created_at)return`it was edited after it was written (created ${comment.created_at}, updated ${comment.updated_at}); write a new comment`
;if((0,
self_approval.OO)(self,user.login)&&!inputs.allowSelfApproval)return`${user.login} started this run or opened the gate, and a gate needs an independent reviewer (allow-self-approval is not true)`
;const listed=inputs.approvers.some(login=>(0,self_approval.gx)(login,user.login));if(!listed){
let permission=permissions.get(user.login);if(permission===undefined){permission=await(0,
gate_thread.Fp)(rest,ctx,user.login);permissions.set(user.login,permission)}if(!(0,
gate_thread.RK)(permission))return`${user.login} has ${permission} permission on ${ctx.repository}; deciding needs write, maintain or admin (or a login in input approvers)`
}return undefined}async function commentResume(inputs,ctx){const event=(0,github_event.j)()
;if(event.name!=="issue_comment"||!event.comment||!event.issue)throw new errors.dz(`approval-channel comment runs on the issue_comment event (on: issue_comment, types: [created]), not ${event.name||"no event"}`)
;const command=parseCommand(event.comment.body);if(!command){
core.pq("The comment is not an /awo approve or /awo reject command; nothing to do.");return{}}
if(event.action!=="created")throw new Refusal(`comment ${event.comment.id} was ${event.action??"changed"}, not created: an edited comment is not a decision; write a new /awo ${command.decision==="approved"?"approve":"reject"} comment. Nothing was changed.`)
;if(isBot(event.comment.user))throw new Refusal(`comment ${event.comment.id} was written by a bot (${event.comment.user.login}); only people decide gates. Nothing was changed.`)
;const rest=(0,github_rest.OO)(ctx,inputs.token);const issue=event.issue.number;const thread=await(0,
gate_thread.$3)(rest,ctx,issue);const current=(0,gate_thread.uq)(thread)
;if(!current)throw new Refusal(`#${issue} holds no AWO gate posted by ${gate_thread.Rb}; nothing was changed.`)
;const{marker:marker}=current
;if(marker.state!=="pending"||marker.gate_id===null)throw new Refusal(`the latest AWO gate on #${issue} (run ${marker.run_id}) is already ${marker.state}; a gate is decided once. Nothing was changed.`)
;const mine=thread.find(comment=>comment.id===event.comment.id)
;if(!mine||mine.id<current.comment.id)throw new Refusal(`comment ${event.comment.id} was written before gate ${marker.gate_id} was posted (comment ${current.comment.id}) or is gone; decide with a new comment. Nothing was changed.`)
;if(mine.body!==event.comment.body||mine.updated_at!==mine.created_at)throw new Refusal(`comment ${mine.id} was edited after it was written (created ${mine.created_at}, updated ${mine.updated_at}); an edited comment is not a decision. Nothing was changed.`)
;const paused=await(0,paused_bundle.Q)(inputs,ctx,{artifactName:marker.artifact_name,runId:marker.run_id,
sha256:marker.bundle_sha256,find:{findBy:{token:inputs.token,workflowRunId:Number(marker.workflow_run_id),
repositoryOwner:ctx.owner,repositoryName:ctx.repo}}})
;if(paused.gate.gate_id!==marker.gate_id)throw new Refusal(`the bundle of run ${paused.runId} waits at gate ${paused.gate.gate_id}, but #${issue} announces gate ${marker.gate_id}; nothing was changed.`)
;const self=paused.requesters;const tally=await tallyThread(thread,current.comment.id,rest,ctx,inputs,self)
;const own=tally.refused.find(entry=>entry.comment.id===mine.id)
;if(own)throw new Refusal(`comment ${mine.id} does not count: ${own.why}. Nothing was changed.`)
;return decide(inputs,ctx,paused,tally,issue,marker.workflow_run_id)}
async function tallyThread(thread,after,rest,ctx,inputs,self){const tally={counted:[],refused:[]}
;const permissions=new Map;for(const comment of thread){if(comment.id<=after)continue
;const command=parseCommand(comment.body);if(!command)continue
;const why=await refusalOf(comment,rest,ctx,inputs,self,permissions);if(why)tally.refused.push({comment:comment,why:why
});else tally.counted.push({comment:comment,decision:command.decision,text:command.comment})}return tally}
async function decide(inputs,ctx,paused,tally,issue,pausedIn){const{gate:gate}=paused
;const rejection=tally.counted.find(entry=>entry.decision==="rejected");const approvals=[]
;for(const entry of tally.counted)if(entry.decision==="approved"&&!approvals.some(known=>(0,
self_approval.gx)(known.comment.user.login,entry.comment.user.login)))approvals.push(entry)
;const decisive=rejection?[rejection]:approvals;if(!rejection&&approvals.length<paused.minApprovals){
const text=`gate ${gate.gate_id} of run ${paused.runId} has ${approvals.length} of ${paused.minApprovals} distinct approvals (${approvals.map(a=>a.comment.user.login).join(", ")}); it stays pending until more users with write permission comment /awo approve`
;core.lm(text,{title:"AWO gate waits for more approvals"})
;await core.z.addRaw(`> ${text}\n`,true).write().catch(()=>undefined);return{}}
const at=decisive.map(entry=>entry.comment.created_at).sort().at(-1);const late=(0,gate_outcome.Rs)(gate,at)
;const approvers=decisive.map(entry=>entry.comment.user.login);const actor=approvers.join(", ")
;const selfCounted=!rejection&&approvers.some(login=>(0,self_approval.OO)(paused.requesters,login))
;const comment=decisive.length===1?decisive[0].text:decisive.map(e=>`${e.comment.user.login}: ${e.text}`).join("; ")
;const decided=rejection?"rejected":"approved";return(0,gate_outcome.Q6)(inputs,ctx,paused,{
decision:late?"timed_out":decided,actor:actor,comment:comment,at:at,source:"github-comment",details:{issue_number:issue,
comments:decisive.map(({comment:c,decision:decision})=>({id:c.id,url:c.html_url,login:c.user.login,user_id:c.user.id,
created_at:c.created_at,body_sha256:sha256(c.body),decision:decision})),
refused:tally.refused.map(({comment:c,why:why})=>({id:c.id,login:c.user?.login??null,why:why})),...rejection?{}:{
approvers:approvers},min_approvals:paused.minApprovals,at_source:"created_at of the decisive comment",
paused_workflow_run_id:pausedIn,github_run_id:ctx.runId,github_job:ctx.job,...selfCounted?gate_outcome.DH:{},...late?{
deadline:gate.deadline,decided:decided}:{}},
note:late?`Gate \`${gate.gate_id}\` **timed out**: ${decided} by ${actor} at ${at}, after its deadline ${gate.deadline}.`:`Gate \`${gate.gate_id}\` ${decided} by **${actor}** on #${issue}${comment?`: ${comment}`:""}.`
},issue)}async function dispatchResume(inputs,ctx){const event=(0,github_event.j)()
;if(event.name!=="workflow_dispatch"||!event.sender)throw new errors.dz(`approval-channel dispatch runs on the workflow_dispatch event, not ${event.name||"no event"}`)
;const defaultBranch=event.repository?.default_branch;const ref=process.env.GITHUB_REF??""
;if(!defaultBranch||ref!==`refs/heads/${defaultBranch}`)throw new Refusal(`the approval workflow ran from ${ref||"an unknown ref"}, not the default branch ${defaultBranch??"(unknown)"}; dispatch it from the default branch. Nothing was changed.`)
;const approver=event.sender;const rest=(0,github_rest.OO)(ctx,inputs.token)
;const listed=inputs.approvers.some(login=>(0,self_approval.gx)(login,approver.login))
;const permission=listed?"listed":await(0,gate_thread.Fp)(rest,ctx,approver.login);if(!listed&&!(0,
gate_thread.RK)(permission))throw new Refusal(`${approver.login} has ${permission} permission on ${ctx.repository}; deciding needs write, maintain or admin (or a login in input approvers). Nothing was changed.`)
;const paused=await(0,paused_bundle.Q)(inputs,ctx,{artifactName:inputs.artifactName,runId:inputs.runId,
sha256:inputs.bundleSha256,find:{findBy:{token:inputs.token,workflowRunId:Number(inputs.workflowRunId),
repositoryOwner:ctx.owner,repositoryName:ctx.repo}}});const{gate:gate}=paused
;const approving=inputs.decision==="approve"
;if(approving&&(0,self_approval.OO)(paused.requesters,approver.login)&&!inputs.allowSelfApproval)throw new Refusal(`${approver.login} started run ${paused.runId} or opened gate ${gate.gate_id}; an independent reviewer must approve, so nothing was changed (allow-self-approval: true accepts it, recorded as an override).`)
;if(approving&&paused.minApprovals>1)throw new Refusal(`gate ${gate.gate_id} needs ${paused.minApprovals} distinct approvers; a dispatch carries one, so use approval-channel comment or environment for it. Nothing was changed.`)
;const at=(0,gate_outcome.Wv)();const late=(0,gate_outcome.Rs)(gate,at);const decided=approving?"approved":"rejected"
;return(0,gate_outcome.Q6)(inputs,ctx,paused,{decision:late?"timed_out":decided,actor:approver.login,
comment:inputs.comment,at:at,source:"github-dispatch",details:{dispatcher:{login:approver.login,id:approver.id},
permission:permission,ref:ref,paused_workflow_run_id:inputs.workflowRunId,github_run_id:ctx.runId,
github_run_attempt:ctx.runAttempt,at_source:"clock of the resuming job",
...(0,self_approval.OO)(paused.requesters,approver.login)&&approving?gate_outcome.DH:{},...late?{deadline:gate.deadline,
decided:decided}:{}},
note:late?`Gate \`${gate.gate_id}\` **timed out**: ${decided} by ${approver.login} at ${at}, after its deadline ${gate.deadline}.`:`Gate \`${gate.gate_id}\` ${decided} by **${approver.login}** (workflow_dispatch)${inputs.comment?`: ${inputs.comment}`:""}.`
})}var artifacts=__webpack_require__(18089);var review_decision=__webpack_require__(59691);function selfLogins(ctx){
return[ctx.actor,ctx.triggeringActor].filter(login=>typeof login==="string"&&login!=="")}
function resumeMode(inputs,ctx){if(inputs.channel==="comment")return commentResume(inputs,ctx)
;if(inputs.channel==="dispatch")return dispatchResume(inputs,ctx);return environmentResume(inputs,ctx)}
async function gateReviews(inputs,ctx,paused){const baseline=paused.gate.context?.review_baseline
;const error=paused.gate.context?.review_baseline_error
;const why=typeof error==="string"?error:"it was opened without approval-channel environment"
;if(!Array.isArray(baseline))throw new Refusal(`gate ${paused.gate.gate_id} of run ${paused.runId} recorded no review history when it opened (${why}), so no review can be tied to it; nothing was changed. Give the job that pauses permissions: actions: read and start a new run.`)
;const all=await(0,approvals.MB)(ctx,inputs.token);return{fresh:(0,review_decision.G9)(all,(0,approvals.nk)(baseline)),
all:all}}async function checkNotResolved(paused){
const sameDigest=paused.artifact.name.slice(paused.artifact.name.lastIndexOf("-"));const later=(await(0,
artifacts.wn)()).filter(artifact=>artifact.name.startsWith(`awo-${paused.runId}-`)&&artifact.id>paused.artifact.id&&!artifact.name.endsWith(sameDigest))
;if(later.length>0)throw new Refusal(`gate ${paused.gate.gate_id} of run ${paused.runId} was already resolved in this workflow run: ${later.map(a=>a.name).join(", ")} came after ${paused.artifact.name}; a gate is resolved once, so nothing was changed. Continue from the latest bundle.`)
}function environmentVerdict(inputs,ctx,paused,fresh){const self=[...selfLogins(ctx),...paused.requesters]
;const verdict=(0,review_decision.HB)(fresh,paused.environment,self,paused.minApprovals)
;if(!inputs.allowSelfApproval||verdict.kind!=="self-approved-only"&&verdict.kind!=="short")return{verdict:verdict,
selfOverride:false};const counted=(0,review_decision.HB)(fresh,paused.environment,[],paused.minApprovals)
;return counted.kind==="approved"?{verdict:counted,selfOverride:true}:{verdict:verdict,selfOverride:false}}
async function environmentResume(inputs,ctx){const paused=await(0,paused_bundle.Q)(inputs,ctx)
;await checkNotResolved(paused);const{gate:gate,environment:environment}=paused
;const{fresh:fresh,all:all}=await gateReviews(inputs,ctx,paused)
;const{verdict:verdict,selfOverride:selfOverride}=environmentVerdict(inputs,ctx,paused,fresh);const at=(0,
gate_outcome.Wv)();if(verdict.kind==="none"){
const seen=all.length===0?"no reviews at all":`${all.length} review(s), ${fresh.length} of them since the gate opened: `+fresh.map(r=>`${r.state} by ${r.login} for ${r.environments.join("/")}`).join("; ")
;throw new Refusal(`no approval is recorded for environment ${environment} in workflow run ${ctx.runId} since gate ${gate.gate_id} opened (the approvals API lists ${seen}), so gate ${gate.gate_id} of run ${paused.runId} stays pending and nothing was changed. ${reviewSetup(environment)}`)
}if(verdict.kind==="rejected"){const{actor:actor,comment:comment}=(0,review_decision.eo)(verdict.reviewers)
;throw new Refusal(`environment ${environment} was rejected by ${actor}${comment?` (${comment})`:""} for gate ${gate.gate_id}, not approved; gate ${gate.gate_id} stays pending and nothing was changed. Record the rejection with mode: finalize.`)
}if(verdict.kind==="self-approved-only"){const{actor:actor}=(0,review_decision.eo)(verdict.reviewers)
;throw new Refusal(`gate ${gate.gate_id} of run ${paused.runId} was approved in environment ${environment} only by ${actor}, who started this workflow run (GITHUB_ACTOR ${ctx.actor??"-"}, GITHUB_TRIGGERING_ACTOR ${ctx.triggeringActor??"-"}); `+'an independent reviewer must approve, so nothing was changed. Turn on "Prevent self-review" for the environment, or set allow-self-approval: true to accept it (the override is recorded in the audit trail).')
}if(verdict.kind==="short"){const{actor:actor}=(0,review_decision.eo)(verdict.reviewers)
;throw new Refusal(`gate ${gate.gate_id} of run ${paused.runId} needs ${verdict.needed} distinct approvers other than the run's own actors; so far ${actor} approved in environment ${environment}, so nothing was changed. Re-run this job for the next approval (each attempt is reviewed again).`)
}const{actor:actor,comment:comment,approvers:approvers}=(0,review_decision.eo)(verdict.reviewers);const late=(0,
gate_outcome.Rs)(gate,at);const decision={decision:late?"timed_out":"approved",actor:actor,comment:comment,at:at,
source:"github-environment",details:{environment:environment,approval_state:"approved",
reviewers:verdict.reviewers.map(r=>({login:r.login,user_id:r.user_id??null,comment:r.comment})),approvers:approvers,
consumed_reviews:verdict.reviewers.length,min_approvals:paused.minApprovals,
at_source:"clock of the resuming job (the approvals API records no review time)",github_run_id:ctx.runId,
github_run_attempt:ctx.runAttempt,github_job:ctx.job,run_actor:ctx.actor??null,
triggering_actor:ctx.triggeringActor??null,...late?{deadline:gate.deadline,decided:"approved"}:{},
...selfOverride?gate_outcome.DH:{}},
note:late?`Gate \`${gate.gate_id}\` **timed out**: approved by ${actor} in environment \`${environment}\` at ${at}, after its deadline ${gate.deadline}.`:`Gate \`${gate.gate_id}\` approved by **${actor}** in environment \`${environment}\`${selfOverride?" (self-approval accepted by allow-self-approval)":""}.`
}
;if(selfOverride&&!late)core.$e(`gate ${gate.gate_id} accepted a self-approval by ${actor} because allow-self-approval is true; the override is recorded in the audit trail`,{
title:"AWO self-approval override"});return(0,gate_outcome.Q6)(inputs,ctx,paused,decision)}},
59691:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
G9:()=>newReviews,HB:()=>judgeReviews,eo:()=>describeReviewers})
;var _core_self_approval_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(66957);const samePerson=(a,b)=>(0,
_core_self_approval_js__WEBPACK_IMPORTED_MODULE_0__.gx)(a,b);function reviewKey(review){
const envs=review.environments.map(name=>name.toLowerCase()).sort();return JSON.stringify([review.user_id??null,(0,
_core_self_approval_js__WEBPACK_IMPORTED_MODULE_0__.CM)(review.login),review.state,review.comment,envs])}
function newReviews(reviews,baseline){const left=new Map
;for(const review of baseline)left.set(reviewKey(review),(left.get(reviewKey(review))??0)+1)
;return reviews.filter(review=>{const key=reviewKey(review);const count=left.get(key)??0;if(count===0)return true
;left.set(key,count-1);return false})}function judgeReviews(fresh,environment,selfLogins,minApprovals=1){
const forEnv=fresh.filter(review=>review.environments.some(name=>samePerson(name,environment)))
;const rejected=forEnv.filter(review=>review.state==="rejected");if(rejected.length>0)return{kind:"rejected",
reviewers:rejected};const approved=forEnv.filter(review=>review.state==="approved")
;const isSelf=review=>selfLogins.some(login=>samePerson(login,review.login))
;const independent=approved.filter(review=>!isSelf(review));const people=distinct(independent)
;if(people>=minApprovals)return{kind:"approved",reviewers:independent,selfApproved:false}
;if(approved.length>0&&independent.length===0)return{kind:"self-approved-only",reviewers:approved}
;if(independent.length>0)return{kind:"short",reviewers:independent,needed:minApprovals};return{kind:"none",
seen:[...fresh]}}function distinct(reviews){
return(0,_core_self_approval_js__WEBPACK_IMPORTED_MODULE_0__.vo)(reviews.map(review=>review.login))}
function describeReviewers(reviewers){
const sorted=[...reviewers].sort((a,b)=>a.login.localeCompare(b.login)||a.comment.localeCompare(b.comment))
;const logins=[...new Set(sorted.map(review=>review.login))];if(sorted.length===1)return{actor:sorted[0].login,
comment:sorted[0].comment,approvers:logins};return{actor:logins.join(", "),approvers:logins,
comment:sorted.filter(r=>r.comment!=="").map(r=>`${r.login}: ${r.comment}`).join("; ")}}},
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
