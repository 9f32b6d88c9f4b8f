export const id=923;export const ids=[923];export const modules={
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
95923:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{shardMode:()=>shardMode});var core=__webpack_require__(91659)
;var shard_record=__webpack_require__(47861);var external_node_fs_=__webpack_require__(73024)
;var external_node_path_=__webpack_require__(76760);var errors=__webpack_require__(74296)
;var shard_share=__webpack_require__(56337);var pack=__webpack_require__(80631)
;var run_service=__webpack_require__(31614);var shard_planning=__webpack_require__(43011)
;async function runShard(options){const planned=(0,shard_planning.xg)(options);const plan=(0,
shard_planning.m3)(options.plan,planned,options.cwd,options.planDigest)
;if(!Number.isInteger(options.shard)||options.shard<0||options.shard>=plan.shards)throw new errors.dz(`shard index ${options.shard} is not in the plan: it has shards 0 to ${plan.shards-1} (the matrix's shard value)`)
;const outcome=await(0,run_service.startRun)({...options,
workflowBytes:(0,shard_share.vT)(planned.workflow,plan,options.shard)});return{outcome:outcome,plan:plan}}
function shardStage(status){return status==="running"?"failed":status}async function packShard(runDir,outDir,facts){
const packed=await packRun(runDir,outDir);const name=shardArtifactName(packed.name,{shard:facts.shard,
planDigest:facts.plan.plan_digest,stage:shardStage(facts.status),attempt:facts.attempt,sha256:packed.sha256})
;const file=path.join(path.dirname(packed.path),name);fs.renameSync(packed.path,file);return{...packed,path:file,
name:name}}var annotations=__webpack_require__(47376);var action_outcome=__webpack_require__(85458)
;var publish=__webpack_require__(87080);var attest_step=__webpack_require__(38256)
;var scale_out_session=__webpack_require__(89416);var state=__webpack_require__(33175)
;async function shardMode(inputs,ctx){const shard=inputs.scaleOut.shardIndex??0
;const{outcome:outcome,plan:plan}=await runShard({...(0,scale_out_session.l)(inputs,ctx),shard:shard})
;state.UN(state.HP.runDir,outcome.runDir);(0,action_outcome.n)(outcome);(0,annotations.f)(outcome)
;core.pq(`AWO shard ${shard} of ${plan.shards} (plan ${plan.plan_digest}): run ${outcome.runId} ${outcome.status}`)
;const published=await(0,publish.m)(outcome.runDir,outcome.status,ctx,inputs.retentionDays,[],{afterUpload:(0,
attest_step.v)(inputs,ctx),nameOf:(packed,stage,sha256)=>(0,shard_record.u9)(packed,{shard:shard,
planDigest:plan.plan_digest,stage:stage,attempt:Number(ctx.runAttempt),sha256:sha256})});return(0,
action_outcome.B)(outcome,published.name)}},40195:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{Gg:()=>buildPlan,Gy:()=>checkPlan,T4:()=>planMatrix})
;var zod__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(38816)
;var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;var _shard_count_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(22413)
;var _hash_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(42605)
;var _json_equal_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(35692)
;var _template_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(9153)
;const DigestField=zod__WEBPACK_IMPORTED_MODULE_4__.YjP().refine(_hash_js__WEBPACK_IMPORTED_MODULE_2__.Bc,{
message:"must be sha256:<64 lowercase hex>"});const ShardRange=zod__WEBPACK_IMPORTED_MODULE_4__.rej({
step_id:zod__WEBPACK_IMPORTED_MODULE_4__.YjP(),from:zod__WEBPACK_IMPORTED_MODULE_4__.aig().int().nonnegative(),
to:zod__WEBPACK_IMPORTED_MODULE_4__.aig().int().positive()})
;const ShardPlanSchema=zod__WEBPACK_IMPORTED_MODULE_4__.rej({version:zod__WEBPACK_IMPORTED_MODULE_4__.euz(1),
workflow_hash:DigestField,policy_hash:DigestField,
shards:zod__WEBPACK_IMPORTED_MODULE_4__.aig().int().min(1).max(_shard_count_js__WEBPACK_IMPORTED_MODULE_1__.h),
balance:zod__WEBPACK_IMPORTED_MODULE_4__.KCZ([zod__WEBPACK_IMPORTED_MODULE_4__.rej({
by:zod__WEBPACK_IMPORTED_MODULE_4__.euz("count")}),zod__WEBPACK_IMPORTED_MODULE_4__.rej({
by:zod__WEBPACK_IMPORTED_MODULE_4__.euz("cost"),metric:zod__WEBPACK_IMPORTED_MODULE_4__.euz("total_tokens"),
source:zod__WEBPACK_IMPORTED_MODULE_4__.YjP()})]),
steps:zod__WEBPACK_IMPORTED_MODULE_4__.YOg(zod__WEBPACK_IMPORTED_MODULE_4__.rej({
step_id:zod__WEBPACK_IMPORTED_MODULE_4__.YjP(),inputs:zod__WEBPACK_IMPORTED_MODULE_4__.aig().int().positive()})).min(1),
assignments:zod__WEBPACK_IMPORTED_MODULE_4__.YOg(zod__WEBPACK_IMPORTED_MODULE_4__.rej({
shard:zod__WEBPACK_IMPORTED_MODULE_4__.aig().int().nonnegative(),
ranges:zod__WEBPACK_IMPORTED_MODULE_4__.YOg(ShardRange).min(1),
weight:zod__WEBPACK_IMPORTED_MODULE_4__.aig().nonnegative()})),plan_digest:DigestField});function planDigest(plan){
const{plan_digest:_ignored,...body}=plan;return(0,_hash_js__WEBPACK_IMPORTED_MODULE_2__.G5)(body)}
function shardableSteps(workflow){const steps=[];for(const step of workflow.steps){
if(step.op!=="llm_map"||!step.inputs||(0,_template_js__WEBPACK_IMPORTED_MODULE_5__.$t)(step.prompt).length>0)break
;steps.push(step)}if(steps.length===0){
throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${workflow.source}: steps[0] is not an llm_map over inputs; a plan shards the workflow's leading llm_map steps that have "inputs" and use no other step's output`)
}return steps}function buildPlan(workflow,policyHash,shards,workflowHash,costs){
if(!Number.isInteger(shards)||shards<1||shards>_shard_count_js__WEBPACK_IMPORTED_MODULE_1__.h)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`shards must be a whole number from 1 to ${_shard_count_js__WEBPACK_IMPORTED_MODULE_1__.h}, got ${shards}`)
;const steps=shardableSteps(workflow);const items=steps.flatMap(step=>(step.inputs??[]).map((item,index)=>({step:step,
index:index,prompt:(0,_template_js__WEBPACK_IMPORTED_MODULE_5__.Xm)(step.prompt,new Map,item)})))
;if(shards>items.length){
throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${workflow.source}: ${shards} shards for ${items.length} inputs; every shard needs at least one input, so use at most ${items.length}`)
}const known=costs?items.map(item=>costs.costOf(item.step.id,item.prompt)):[]
;const recorded=known.filter(cost=>cost!==undefined)
;const fallback=recorded.length>0?Math.max(1,Math.round(recorded.reduce((a,b)=>a+b,0)/recorded.length)):1
;const weights=items.map((_,i)=>costs?Math.max(1,Math.round(known[i]??fallback)):1);const prefix=[0]
;for(const weight of weights)prefix.push(prefix[prefix.length-1]+weight);const total=prefix[items.length]
;const starts=[0];for(let k=1;k<shards;k++){let j=starts[k-1]+1
;while(j<items.length-(shards-k)&&prefix[j]*shards<k*total)j++;starts.push(j)}starts.push(items.length)
;const assignments=starts.slice(0,-1).map((start,shard)=>{const end=starts[shard+1];const ranges=[]
;for(let i=start;i<end;i++){const last=ranges.at(-1)
;if(last&&last.step_id===items[i].step.id)last.to=items[i].index+1;else ranges.push({step_id:items[i].step.id,
from:items[i].index,to:items[i].index+1})}return{shard:shard,ranges:ranges,weight:prefix[end]-prefix[start]}})
;const body={version:1,workflow_hash:workflowHash,policy_hash:policyHash,shards:shards,balance:costs?{by:"cost",
metric:"total_tokens",source:costs.source}:{by:"count"},steps:steps.map(step=>({step_id:step.id,
inputs:step.inputs?.length??0})),assignments:assignments};return{...body,plan_digest:planDigest(body)}}
function planMatrix(plan){return{shard:plan.assignments.map(assignment=>assignment.shard)}}
function checkPlan(json,where,workflow,hashes,expectedDigest){const parsed=ShardPlanSchema.safeParse(json)
;if(!parsed.success){const issue=parsed.error.issues[0]
;throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: ${issue.path.join(".")||"(root)"} ${issue.message}; not a plan written by awo plan`)
}const plan=parsed.data
;if(planDigest(plan)!==plan.plan_digest)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: plan_digest does not match the plan's content (it was changed after awo plan)`)
;if(expectedDigest!==undefined&&expectedDigest!==plan.plan_digest)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: the plan's digest is ${plan.plan_digest}, but plan-digest ${expectedDigest} was given`)
;if(plan.workflow_hash!==hashes.workflow)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: the plan is of workflow ${plan.workflow_hash}, but ${workflow.source} is ${hashes.workflow}`)
;if(plan.policy_hash!==hashes.policy)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: the plan was made under policy ${plan.policy_hash}, but the policy in force is ${hashes.policy}`)
;const steps=shardableSteps(workflow).map(step=>({step_id:step.id,inputs:step.inputs?.length??0}));if(!(0,
_json_equal_js__WEBPACK_IMPORTED_MODULE_3__.Z)(steps,plan.steps))throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: steps do not match the sharded steps of ${workflow.source}`)
;if(plan.assignments.length!==plan.shards||plan.assignments.some((a,i)=>a.shard!==i))throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: assignments must list shards 0 to ${plan.shards-1} in order`)
;let at=0;let next=0;for(const range of plan.assignments.flatMap(a=>a.ranges)){if(next===plan.steps[at]?.inputs){at+=1
;next=0}
if(range.step_id!==plan.steps[at]?.step_id||range.from!==next||range.to<=range.from)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: assignments do not cover each sharded step's inputs exactly once, in order`)
;next=range.to}
if(at!==plan.steps.length-1||next!==plan.steps[at].inputs)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${where}: assignments do not cover each sharded step's inputs exactly once, in order`)
;return plan}},47861:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{G4:()=>shardsRoot,IC:()=>parseShardArtifact,MH:()=>SHARDS_DIR,
O8:()=>selectShards,Rw:()=>isShardArtifact,ST:()=>MERGE_FILE,VI:()=>PLAN_FILE,oq:()=>shardRecord,
u9:()=>shardArtifactName});var _checkpoint_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(17745)
;var _errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296)
;var _hash_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(42605)
;var _merkle_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(30161)
;var _shard_share_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(56337)
;function shardArtifactName(packedName,facts){const base=packedName.replace(/\.tar\.gz$/,"")
;const plan=facts.planDigest.replace(/^sha256:/,"").slice(0,12)
;const digest=facts.sha256.replace(/^sha256:/,"").slice(0,12);return`${base}-shard${(0,
_shard_share_js__WEBPACK_IMPORTED_MODULE_4__.$_)(facts.shard)}-p${plan}-${facts.stage}-a${facts.attempt}-${digest}.tar.gz`
}const SHARD_NAME=/-shard(\d{3})-p([0-9a-f]{12})-(completed|paused|failed|rejected)-a(\d{1,6})-[0-9a-f]{12}\.tar\.gz$/
;function isShardArtifact(name){return SHARD_NAME.test(name)}function parseShardArtifact(name,sha256){
const match=SHARD_NAME.exec(name);if(!match)return undefined;return{artifact:name,shard:Number(match[1]),
planPrefix:match[2],stage:match[3],attempt:Number(match[4]),...sha256?{sha256:sha256}:{}}}
function selectShards(plan,candidates){const prefix=plan.plan_digest.slice("sha256:".length,"sha256:".length+12)
;const byShard=new Map;for(const candidate of[...candidates].sort((a,b)=>a.artifact<b.artifact?-1:1)){
if(candidate.planPrefix!==prefix)throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.cs(`shard bundle ${candidate.artifact} belongs to another plan (p${candidate.planPrefix}), not plan ${plan.plan_digest}; one sharded plan per merge`,candidate.artifact)
;if(candidate.shard>=plan.shards)throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.cs(`shard bundle ${candidate.artifact} claims shard ${candidate.shard}, but the plan has shards 0 to ${plan.shards-1}`,candidate.artifact)
;byShard.set(candidate.shard,[...byShard.get(candidate.shard)??[],candidate])}const chosen=[];const replaced=[]
;const missing=[];for(let shard=0;shard<plan.shards;shard++){const found=byShard.get(shard)??[];if(found.length===0){
missing.push(shard);continue}const newest=Math.max(...found.map(candidate=>candidate.attempt))
;const latest=found.filter(candidate=>candidate.attempt===newest)
;if(latest.length>1)throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.cs(`shard ${shard} is duplicated: ${latest.map(c=>c.artifact).join(" and ")} are both attempt ${newest}; refusing to choose`,latest[1].artifact)
;chosen.push(latest[0]);for(const older of found.filter(candidate=>candidate.attempt!==newest))replaced.push({
shard:shard,attempt:older.attempt,stage:older.stage,artifact:older.artifact,replaced_by_attempt:newest})}
if(missing.length>0)throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.cs(`shard${missing.length>1?"s":""} ${missing.join(", ")} of plan ${plan.plan_digest} ${missing.length>1?"have":"has"} no bundle; every shard must complete before the merge`,`shard ${(0,
_shard_share_js__WEBPACK_IMPORTED_MODULE_4__.$_)(missing[0])}`);return{chosen:chosen,replaced:replaced}}
const SHARDS_DIR="shards";const PLAN_FILE=`${SHARDS_DIR}/plan.json`;const MERGE_FILE=`${SHARDS_DIR}/merge.json`
;function shardBundlePath(shard,artifact){
return`${SHARDS_DIR}/${(0,_shard_share_js__WEBPACK_IMPORTED_MODULE_4__.$_)(shard)}/${artifact}`}
function shardRecord(candidate,evidence){return{shard:candidate.shard,attempt:candidate.attempt,
artifact:candidate.artifact,path:shardBundlePath(candidate.shard,candidate.artifact),bundle_sha256:evidence.sha256,
run_id:evidence.checkpoint.run_id,checkpoint:(0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_0__.wP)(evidence.checkpoint)}}
function shardsRoot(records){return(0,_checkpoint_js__WEBPACK_IMPORTED_MODULE_0__.bb)(records.map(record=>(0,
_merkle_js__WEBPACK_IMPORTED_MODULE_3__.Jq)((0,_hash_js__WEBPACK_IMPORTED_MODULE_2__.dj)(record))))}},
56337:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
$_:()=>shardLabel,DH:()=>mergeShardOutputs,vT:()=>shardWorkflowBytes})
;var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;var _hash_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(42605);function shardLabel(index){
return String(index).padStart(3,"0")}function shardWorkflowBytes(workflow,plan,shard){
const assignment=plan.assignments[shard]
;if(!assignment)throw new RangeError(`shard ${shard} is not in a plan of ${plan.shards} shards`)
;const steps=assignment.ranges.map(range=>{const step=workflow.steps.find(candidate=>candidate.id===range.step_id)
;if(step?.op!=="llm_map"||!step.inputs)throw new RangeError(`step ${range.step_id} is not sharded`);return{...step,
inputs:step.inputs.slice(range.from,range.to)}});const derived={
name:`awo shard ${shard} of ${plan.shards}, plan ${plan.plan_digest}`,...workflow.file.policy!==undefined?{
policy:workflow.file.policy}:{},steps:steps}
;return Buffer.from((0,_hash_js__WEBPACK_IMPORTED_MODULE_1__.D_)(derived),"utf8")}
function mergeShardOutputs(plan,callsOf){const merged=new Map
;for(const{step_id:step_id}of plan.steps)merged.set(step_id,{text:"",calls:[]})
;for(const assignment of plan.assignments){for(const range of assignment.ranges){
const calls=callsOf(assignment.shard,range.step_id);if(!calls||calls.length!==range.to-range.from){
throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.cs(`shard ${assignment.shard}: outputs/${range.step_id}.json holds ${calls?.length??0} calls, its share is ${range.to-range.from}`,`shard ${shardLabel(assignment.shard)}`)
}merged.get(range.step_id)?.calls.push(...calls)}}
for(const output of merged.values())output.text=output.calls.map(call=>String(call.text)).join("\n");return merged}},
43011:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Cs:()=>makePlan,m3:()=>readPlan,xg:()=>loadPlanned});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296)
;var _core_hash_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(42605)
;var _core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(40195)
;var _run_service_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(31614);function loadPlanned(options){
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
