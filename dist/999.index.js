export const id=999;export const ids=[999,299];export const modules={
94999:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{mergeMode:()=>mergeMode});var external_node_path_=__webpack_require__(76760)
;var core=__webpack_require__(91659);var shard_record=__webpack_require__(47861)
;var external_node_fs_=__webpack_require__(73024);var errors=__webpack_require__(74296)
;var hash=__webpack_require__(42605);var policy=__webpack_require__(32721);var run_plan=__webpack_require__(90204)
;var shard_share=__webpack_require__(56337);var step_ops=__webpack_require__(39084)
;var run_service=__webpack_require__(59571);var shard_planning=__webpack_require__(43011)
;var shard_verify=__webpack_require__(13351);function refuseFlaggedSteps(planned,plan,backend){
for(const{step_id:step_id}of plan.steps){const step=planned.workflow.steps.find(candidate=>candidate.id===step_id)
;const input=(0,step_ops.xI)(step,new Map);const decision=(0,policy.U)(planned.policy.policy,{step:step,
prompts:input.prompts,params:{...(0,run_plan.j1)(step),model:(0,run_plan.Rt)(step,backend)}})
;if(decision.decision==="flag")throw new errors.dz(`step ${step_id} is flagged by policy ${decision.policy_id} (${decision.reason}); a sharded step must be allowed without a gate, so put the gate after the sharded steps`)
}}async function mergeShards(options){const planned=(0,shard_planning.xg)(options);const plan=(0,
shard_planning.m3)(options.plan,planned,options.cwd,options.planDigest)
;const candidates=options.bundles.flatMap(bundle=>{const candidate=(0,shard_record.IC)(bundle.artifact,bundle.sha256)
;return candidate?[{...candidate,file:bundle.file}]:[]});const{chosen:chosen,replaced:replaced}=(0,
shard_record.O8)(plan,candidates);refuseFlaggedSteps(planned,plan,options.backend);const backend={
name:options.backend.name,model:options.backend.model??null};const evidence=[];for(const candidate of chosen){
evidence.push(await(0,shard_verify.Q3)(candidate.file,{plan:plan,shard:candidate.shard,artifact:candidate.artifact,
attempt:candidate.attempt,workflowBytes:(0,shard_share.vT)(planned.workflow,plan,candidate.shard),
expectedSha256:candidate.sha256,backend:backend}))}
const outputs=(0,shard_share.DH)(plan,(shard,step)=>evidence[shard]?.calls.get(step))
;const shards=chosen.map((candidate,i)=>(0,shard_record.oq)(candidate,evidence[i]));const record={
plan_digest:plan.plan_digest,shards:shards,shards_root:(0,shard_record.G4)(shards),replaced:replaced}
;const outcome=await(0,run_service.startRun)({...options,precomputed:outputs,seed:(run,ctx)=>{const files=[]
;const bring=(path,bytes)=>{ctx.store.write(path,bytes);files.push({path:path,sha256:(0,hash.QN)(bytes)})}
;bring(shard_record.VI,(0,hash.D_)(plan))
;for(const[i,shard]of shards.entries())bring(shard.path,external_node_fs_.readFileSync(chosen[i].file))
;bring(shard_record.ST,(0,hash.D_)(record));run.journal.audit({actor:ctx.actor,event:"shards.merged",
evidence_ref:shard_record.ST,
reason:replaced.length>0?replaced.map(r=>`shard ${r.shard} attempt ${r.attempt} (${r.stage}) replaced by attempt ${r.replaced_by_attempt}`).join("; "):undefined,
details:{plan_digest:plan.plan_digest,shards:shards.length,shards_root:record.shards_root,
bundles:shards.map(shard=>shard.bundle_sha256),checkpoints:shards.map(shard=>shard.checkpoint),replaced:replaced.length,
files:files}})}});return{outcome:outcome,record:record}}var annotations=__webpack_require__(47376)
;var artifacts=__webpack_require__(18089);var gate_context=__webpack_require__(62045)
;var gate_outcome=__webpack_require__(68560);var action_outcome=__webpack_require__(85458)
;var outputs=__webpack_require__(18948);var run_mode=__webpack_require__(97299)
;var scale_out_session=__webpack_require__(89416);var state=__webpack_require__(33175)
;async function mergeMode(inputs,ctx){const thread=(0,run_mode.commentThread)(inputs);const context=await(0,
gate_context.V)(inputs,ctx);const session={...(0,scale_out_session.l)(inputs,ctx),gateContext:context}
;const found=(await(0,artifacts.wn)()).filter(artifact=>(0,shard_record.Rw)(artifact.name))
;const tempRoot=external_node_path_.join(ctx.runnerTemp,"awo-shards");const bundles=[]
;for(const artifact of found.sort((a,b)=>a.name<b.name?-1:1))bundles.push({artifact:artifact.name,file:await(0,
artifacts.fv)(artifact,tempRoot),sha256:artifact.digest});const{outcome:outcome,record:record}=await mergeShards({
...session,bundles:bundles});state.UN(state.HP.runDir,outcome.runDir);(0,action_outcome.n)(outcome);(0,outputs.n)({
"shards-root":record.shards_root});(0,annotations.f)(outcome)
;const replaced=record.replaced.map(r=>`Shard ${r.shard}: attempt ${r.attempt} (${r.stage}, ${r.artifact}) replaced by attempt ${r.replaced_by_attempt}.`)
;const note=`Merged ${record.shards.length} verified shard bundles of plan \`${record.plan_digest}\` (Merkle root \`${record.shards_root}\`).`
;core.pq(`AWO merge ${outcome.runId}: ${outcome.status}; ${note}`)
;return(0,gate_outcome.O9)(inputs,ctx,outcome,[note,...replaced],context,thread)}},
97299:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{commentThread:()=>commentThread,runMode:()=>runMode})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(91659)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(74296)
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(59571)
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
_gate_outcome_js__WEBPACK_IMPORTED_MODULE_7__.O9)(inputs,ctx,outcome,[],context,thread)}},
89416:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
l:()=>scaleOutSession});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _session_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(55296)
;var _state_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(33175);function scaleOutSession(inputs,ctx){
const runsDir=node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(ctx.workspace,inputs.runsDir)
;node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(runsDir,{recursive:true})
;_state_js__WEBPACK_IMPORTED_MODULE_3__.UN(_state_js__WEBPACK_IMPORTED_MODULE_3__.HP.runsDir,runsDir)
;_state_js__WEBPACK_IMPORTED_MODULE_3__.UN(_state_js__WEBPACK_IMPORTED_MODULE_3__.HP.knownRuns,JSON.stringify(node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(runsDir)))
;return{workflowPath:inputs.workflow,policyPath:inputs.policy,runsDir:runsDir,plan:inputs.scaleOut.plan??"",
planDigest:inputs.scaleOut.planDigest,...(0,_session_js__WEBPACK_IMPORTED_MODULE_2__.x)(inputs,ctx,runsDir)}}},
43011:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Cs:()=>makePlan,m3:()=>readPlan,xg:()=>loadPlanned});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296)
;var _core_hash_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(42605)
;var _core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(40195)
;var _run_service_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(59571);function loadPlanned(options){
const{workflow:workflow,policy:policy}=(0,_run_service_js__WEBPACK_IMPORTED_MODULE_5__.loadRunInputs)(options);return{
workflow:workflow,policy:policy,hashes:{workflow:(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_3__.QN)(workflow.bytes),
policy:(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_3__.G5)(policy.policy)}}}function tokensOf(usage){
if(!usage)return undefined;if(typeof usage.total_tokens==="number")return usage.total_tokens
;const input=usage.input_tokens??usage.prompt_tokens;const output=usage.output_tokens??usage.completion_tokens
;return typeof input==="number"&&typeof output==="number"?input+output:undefined}function costsFromRun(runDir,cwd){
const dir=node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd,runDir)
;if(!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir,"input.json")))throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`--cost-from ${runDir}: not a run folder (no input.json); give a previous run's folder`)
;const byStep=new Map;const outputs=node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir,"outputs")
;for(const file of node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(outputs)?node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(outputs):[]){
if(!file.endsWith(".json"))continue;let record;try{
record=JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(outputs,file),"utf8"))
}catch(err){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`--cost-from ${runDir}: outputs/${file} is not valid JSON (${(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err)})`)}const costs=new Map
;for(const call of record.output?.calls??[]){const tokens=tokensOf(call.usage)
;if(typeof call.prompt==="string"&&tokens!==undefined)costs.set(call.prompt,tokens)}
byStep.set(file.slice(0,-".json".length),costs)}
const runId=JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir,"input.json"),"utf8")).run_id
;return{source:typeof runId==="string"?runId:node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dir),
costOf:(stepId,prompt)=>byStep.get(stepId)?.get(prompt)}}function makePlan(options){const planned=loadPlanned(options)
;const costs=options.costFrom?costsFromRun(options.costFrom,options.cwd):undefined;return(0,
_core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__.Gg)(planned.workflow,planned.hashes.policy,options.shards,planned.hashes.workflow,costs)
}function readPlan(planArg,planned,cwd,expectedDigest){let text=planArg;let where="the plan input"
;if(!planArg.trimStart().startsWith("{")){where=planArg;try{
text=node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd,planArg),"utf8")
}catch(err){throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`cannot read plan ${planArg}: ${(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err)}`)}}let json;try{json=JSON.parse(text)}catch{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`${where}: not valid JSON; give the plan file or the plan output of awo plan`)
}
return(0,_core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__.Gy)(json,where,planned.workflow,planned.hashes,expectedDigest)
}}};
