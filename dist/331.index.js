export const id=331;export const ids=[331];export const modules={
76331:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{planMode:()=>planMode})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(91659)
;var _core_hash_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(42605)
;var _core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(40195)
;var _store_shard_planning_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(43011)
;var _outputs_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(18948)
;var _summary_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(38770);async function planMode(inputs,ctx){
const plan=(0,_store_shard_planning_js__WEBPACK_IMPORTED_MODULE_5__.Cs)({workflowPath:inputs.workflow,
policyPath:inputs.policy,cwd:ctx.workspace,shards:inputs.scaleOut.shards??1,costFrom:inputs.scaleOut.costFrom})
;const file=node_path__WEBPACK_IMPORTED_MODULE_1__.join(ctx.runnerTemp,`awo-plan-${plan.plan_digest.slice(7,19)}.json`)
;node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(ctx.runnerTemp,{recursive:true})
;node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file,(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_3__.D_)(plan));(0,
_outputs_js__WEBPACK_IMPORTED_MODULE_6__.n)({plan:JSON.stringify(plan),"plan-digest":plan.plan_digest,
matrix:JSON.stringify((0,_core_shard_plan_js__WEBPACK_IMPORTED_MODULE_4__.T4)(plan)),"plan-path":file})
;const weights=plan.assignments.map(a=>a.weight)
;const note=`AWO plan ${plan.plan_digest}: ${plan.shards} shards over ${plan.steps.map(s=>`${s.inputs} inputs of ${s.step_id}`).join(", ")}, balanced by ${plan.balance.by} (weights ${Math.min(...weights)} to ${Math.max(...weights)} per shard).`
;_actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(note);await(0,_summary_js__WEBPACK_IMPORTED_MODULE_7__.S)({
runDir:undefined,notes:[note]});return{}}},40195:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
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
;return plan}},43011:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{Cs:()=>makePlan,m3:()=>readPlan,xg:()=>loadPlanned})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
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
