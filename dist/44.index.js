export const id=44;export const ids=[44,642];export const modules={
64044:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{finalizeMode:()=>finalizeMode})
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(59571)
;var _gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(68560)
;var _outcome_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(85458)
;var _paused_bundle_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(15099)
;var _resume_mode_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(42642)
;var _review_decision_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(59691)
;var _session_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(55296);async function finalizeMode(inputs,ctx){
const paused=await(0,_paused_bundle_js__WEBPACK_IMPORTED_MODULE_3__.Q)(inputs,ctx)
;if(inputs.channel==="environment")await(0,_resume_mode_js__WEBPACK_IMPORTED_MODULE_4__.checkNotResolved)(paused)
;const{gate:gate,environment:environment}=paused;const at=(0,_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__.Wv)()
;const late=(0,_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__.Rs)(gate,at)
;const hasBaseline=Array.isArray(gate.context?.review_baseline)
;const verdict=inputs.channel==="environment"&&hasBaseline?(0,
_resume_mode_js__WEBPACK_IMPORTED_MODULE_4__.environmentVerdict)(inputs,ctx,paused,(await(0,
_resume_mode_js__WEBPACK_IMPORTED_MODULE_4__.gateReviews)(inputs,ctx,paused)).fresh).verdict:undefined;const common={
environment:environment,at_source:"clock of the finalizing job",github_run_id:ctx.runId,
github_run_attempt:ctx.runAttempt,github_job:ctx.job};if(verdict?.kind==="rejected"){
const{actor:actor,comment:comment}=(0,_review_decision_js__WEBPACK_IMPORTED_MODULE_5__.eo)(verdict.reviewers);return(0,
_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__.Q6)(inputs,ctx,paused,{decision:late?"timed_out":"rejected",actor:actor,
comment:comment,at:at,source:"github-environment",details:{...common,approval_state:"rejected",
reviewers:verdict.reviewers.map(r=>({login:r.login,user_id:r.user_id??null,comment:r.comment})),...late?{
deadline:gate.deadline,decided:"rejected"}:{}},
note:late?`Gate \`${gate.gate_id}\` **timed out**: rejected by ${actor} after its deadline ${gate.deadline}.`:`Gate \`${gate.gate_id}\` rejected by **${actor}** in environment \`${environment}\`${comment?`: ${comment}`:""}.`
})}if(late){return(0,_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__.Q6)(inputs,ctx,paused,{decision:"timed_out",
actor:"system",comment:`no decision before the deadline ${gate.deadline}`,at:at,source:`github-${inputs.channel}`,
details:{...common,deadline:gate.deadline},
note:`Gate \`${gate.gate_id}\` **timed out**: no decision before its deadline ${gate.deadline}.`})}
const reason=verdict===undefined?`gate ${gate.gate_id} was not resolved through approval channel ${inputs.channel} (no review history recorded for it, or not the environment channel); sealed by finalize`:verdict.kind==="approved"?`gate ${gate.gate_id} was approved in environment ${environment} by ${(0,
_review_decision_js__WEBPACK_IMPORTED_MODULE_5__.eo)(verdict.reviewers).actor}, but the job that resumes the run did not finish it (see that job's log); sealed by finalize`:`gate ${gate.gate_id} was not reviewed: no approval or rejection is recorded for environment ${environment} in workflow run ${ctx.runId} since the gate opened (the review timed out or was cancelled, or the environment has no required reviewers); sealed by finalize`
;const outcome=await(0,_store_run_service_js__WEBPACK_IMPORTED_MODULE_0__.cancelRunFolder)(paused.runDir,reason,{...(0,
_session_js__WEBPACK_IMPORTED_MODULE_6__.x)(inputs,ctx,paused.runDir),previousBundle:paused.bundleSha256});(0,
_outcome_js__WEBPACK_IMPORTED_MODULE_2__.n)(outcome)
;return(0,_gate_outcome_js__WEBPACK_IMPORTED_MODULE_1__.O9)(inputs,ctx,outcome,[`Run sealed as failed (cancelled): ${reason}.`],{})
}},29111:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
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
}},15099:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Q:()=>fetchPausedRun});var node_path__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(91659)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296)
;var _bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(79463)
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
selfLogins:()=>selfLogins});var core=__webpack_require__(91659);var approvals=__webpack_require__(3618)
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
;if(self.has((0,
self_approval.CM)(user.login))&&!inputs.allowSelfApproval)return`${user.login} started this run or opened the gate, and a gate needs an independent reviewer (allow-self-approval is not true)`
;const listed=inputs.approvers.some(login=>(0,self_approval.CM)(login)===(0,self_approval.CM)(user.login));if(!listed){
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
self_approval.CM)(known.comment.user.login)===(0,self_approval.CM)(entry.comment.user.login)))approvals.push(entry)
;const decisive=rejection?[rejection]:approvals;if(!rejection&&approvals.length<paused.minApprovals){
const text=`gate ${gate.gate_id} of run ${paused.runId} has ${approvals.length} of ${paused.minApprovals} distinct approvals (${approvals.map(a=>a.comment.user.login).join(", ")}); it stays pending until more users with write permission comment /awo approve`
;core.lm(text,{title:"AWO gate waits for more approvals"})
;await core.z.addRaw(`> ${text}\n`,true).write().catch(()=>undefined);return{}}
const at=decisive.map(entry=>entry.comment.created_at).sort().at(-1);const late=(0,gate_outcome.Rs)(gate,at)
;const actor=decisive.map(entry=>entry.comment.user.login).join(", ")
;const comment=decisive.length===1?decisive[0].text:decisive.map(e=>`${e.comment.user.login}: ${e.text}`).join("; ")
;const decided=rejection?"rejected":"approved";return(0,gate_outcome.Q6)(inputs,ctx,paused,{
decision:late?"timed_out":decided,actor:actor,comment:comment,at:at,source:"github-comment",details:{issue_number:issue,
comments:decisive.map(({comment:c,decision:decision})=>({id:c.id,url:c.html_url,login:c.user.login,user_id:c.user.id,
created_at:c.created_at,body_sha256:sha256(c.body),decision:decision})),
refused:tally.refused.map(({comment:c,why:why})=>({id:c.id,login:c.user?.login??null,why:why})),
min_approvals:paused.minApprovals,at_source:"created_at of the decisive comment",paused_workflow_run_id:pausedIn,
github_run_id:ctx.runId,github_job:ctx.job,...late?{deadline:gate.deadline,decided:decided}:{}},
note:late?`Gate \`${gate.gate_id}\` **timed out**: ${decided} by ${actor} at ${at}, after its deadline ${gate.deadline}.`:`Gate \`${gate.gate_id}\` ${decided} by **${actor}** on #${issue}${comment?`: ${comment}`:""}.`
},issue)}async function dispatchResume(inputs,ctx){const event=(0,github_event.j)()
;if(event.name!=="workflow_dispatch"||!event.sender)throw new errors.dz(`approval-channel dispatch runs on the workflow_dispatch event, not ${event.name||"no event"}`)
;const defaultBranch=event.repository?.default_branch;const ref=process.env.GITHUB_REF??""
;if(!defaultBranch||ref!==`refs/heads/${defaultBranch}`)throw new Refusal(`the approval workflow ran from ${ref||"an unknown ref"}, not the default branch ${defaultBranch??"(unknown)"}; dispatch it from the default branch. Nothing was changed.`)
;const approver=event.sender;const rest=(0,github_rest.OO)(ctx,inputs.token)
;const listed=inputs.approvers.some(login=>(0,self_approval.CM)(login)===(0,self_approval.CM)(approver.login))
;const permission=listed?"listed":await(0,gate_thread.Fp)(rest,ctx,approver.login);if(!listed&&!(0,
gate_thread.RK)(permission))throw new Refusal(`${approver.login} has ${permission} permission on ${ctx.repository}; deciding needs write, maintain or admin (or a login in input approvers). Nothing was changed.`)
;const paused=await(0,paused_bundle.Q)(inputs,ctx,{artifactName:inputs.artifactName,runId:inputs.runId,
sha256:inputs.bundleSha256,find:{findBy:{token:inputs.token,workflowRunId:Number(inputs.workflowRunId),
repositoryOwner:ctx.owner,repositoryName:ctx.repo}}});const{gate:gate}=paused
;const approving=inputs.decision==="approve";if(approving&&paused.requesters.has((0,
self_approval.CM)(approver.login))&&!inputs.allowSelfApproval)throw new Refusal(`${approver.login} started run ${paused.runId} or opened gate ${gate.gate_id}; an independent reviewer must approve, so nothing was changed (allow-self-approval: true accepts it, recorded as an override).`)
;if(approving&&paused.minApprovals>1)throw new Refusal(`gate ${gate.gate_id} needs ${paused.minApprovals} distinct approvers; a dispatch carries one, so use approval-channel comment or environment for it. Nothing was changed.`)
;const at=(0,gate_outcome.Wv)();const late=(0,gate_outcome.Rs)(gate,at);const decided=approving?"approved":"rejected"
;return(0,gate_outcome.Q6)(inputs,ctx,paused,{decision:late?"timed_out":decided,actor:approver.login,
comment:inputs.comment,at:at,source:"github-dispatch",details:{dispatcher:{login:approver.login,id:approver.id},
permission:permission,ref:ref,paused_workflow_run_id:inputs.workflowRunId,github_run_id:ctx.runId,
github_run_attempt:ctx.runAttempt,at_source:"clock of the resuming job",...paused.requesters.has((0,
self_approval.CM)(approver.login))&&approving?{self_approval_override:true}:{},...late?{deadline:gate.deadline,
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
}const{actor:actor,comment:comment}=(0,review_decision.eo)(verdict.reviewers);const late=(0,gate_outcome.Rs)(gate,at)
;const decision={decision:late?"timed_out":"approved",actor:actor,comment:comment,at:at,source:"github-environment",
details:{environment:environment,approval_state:"approved",reviewers:verdict.reviewers.map(r=>({login:r.login,
user_id:r.user_id??null,comment:r.comment})),consumed_reviews:verdict.reviewers.length,
min_approvals:paused.minApprovals,at_source:"clock of the resuming job (the approvals API records no review time)",
github_run_id:ctx.runId,github_run_attempt:ctx.runAttempt,github_job:ctx.job,run_actor:ctx.actor??null,
triggering_actor:ctx.triggeringActor??null,...late?{deadline:gate.deadline,decided:"approved"}:{},...selfOverride?{
self_approval_override:true}:{}},
note:late?`Gate \`${gate.gate_id}\` **timed out**: approved by ${actor} in environment \`${environment}\` at ${at}, after its deadline ${gate.deadline}.`:`Gate \`${gate.gate_id}\` approved by **${actor}** in environment \`${environment}\`${selfOverride?" (self-approval accepted by allow-self-approval)":""}.`
}
;if(selfOverride&&!late)core.$e(`gate ${gate.gate_id} accepted a self-approval by ${actor} because allow-self-approval is true; the override is recorded in the audit trail`,{
title:"AWO self-approval override"});return(0,gate_outcome.Q6)(inputs,ctx,paused,decision)}},
59691:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
G9:()=>newReviews,HB:()=>judgeReviews,eo:()=>describeReviewers})
;var _core_self_approval_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(66957);const samePerson=(a,b)=>(0,
_core_self_approval_js__WEBPACK_IMPORTED_MODULE_0__.CM)(a)===(0,
_core_self_approval_js__WEBPACK_IMPORTED_MODULE_0__.CM)(b);function reviewKey(review){
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
seen:[...fresh]}}function distinct(reviews){return new Set(reviews.map(review=>(0,
_core_self_approval_js__WEBPACK_IMPORTED_MODULE_0__.CM)(review.login))).size}function describeReviewers(reviewers){
const sorted=[...reviewers].sort((a,b)=>a.login.localeCompare(b.login)||a.comment.localeCompare(b.comment))
;const logins=[...new Set(sorted.map(review=>review.login))];if(sorted.length===1)return{actor:sorted[0].login,
comment:sorted[0].comment};return{actor:logins.join(", "),
comment:sorted.filter(r=>r.comment!=="").map(r=>`${r.login}: ${r.comment}`).join("; ")}}},
92086:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
x:()=>readRunState});var audit_chain=__webpack_require__(34860);var errors=__webpack_require__(74296)
;var hash=__webpack_require__(42605);var run_files=__webpack_require__(1912);var utf8_text=__webpack_require__(87842)
;const TAIL_BYTES=64*1024;function readSealedState(store){try{return stateFromStopFiles(store)}catch{return undefined}}
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
;const{request:request}=file;gates.push({gate_id:file.gate_id,step_id:file.step_id,kind:file.kind,status:file.status,
requested_at:request.at,opened_at:request.opened_at,deadline:request.deadline,min_approvals:request.min_approvals,
context:request.context??null,reason:request.reason,checklist:request.checklist,environment:request.environment,
resolution:file.resolution,receipt_hash:file.receipt_hash})}return gates}var run_folder=__webpack_require__(39089)
;var run_store=__webpack_require__(16674);async function readRunState(runDir){const dir=(0,run_folder.Zy)(runDir)
;const sealed=readSealedState(new run_store.q(dir));if(sealed)return sealed
;const run=(await Promise.resolve().then(__webpack_require__.bind(__webpack_require__,59571))).openReadOnly(dir);return{
state:run.journal.state,input:run.input}}}};
