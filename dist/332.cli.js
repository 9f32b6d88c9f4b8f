export const id=332;export const ids=[332];export const modules={
44332:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{merge:()=>merge,plan:()=>plan,scaleOutCommands:()=>scaleOutCommands,
shard:()=>shard});var external_node_fs_=__webpack_require__(73024);var external_node_path_=__webpack_require__(76760)
;var errors=__webpack_require__(74296);var hash=__webpack_require__(42605);var shard_count=__webpack_require__(22413)
;var shard_plan=__webpack_require__(40195);var pack=__webpack_require__(80631);var policy=__webpack_require__(32721)
;var run_plan=__webpack_require__(90204);var shard_record=__webpack_require__(47861)
;var shard_share=__webpack_require__(56337);var step_ops=__webpack_require__(39084)
;var run_service=__webpack_require__(8392);function loadPlanned(options){const{workflow:workflow,policy:policy}=(0,
run_service.loadRunInputs)(options);return{workflow:workflow,policy:policy,hashes:{workflow:(0,hash.QN)(workflow.bytes),
policy:(0,hash.G5)(policy.policy)}}}function tokensOf(usage){if(!usage)return undefined
;if(typeof usage.total_tokens==="number")return usage.total_tokens;const input=usage.input_tokens??usage.prompt_tokens
;const output=usage.output_tokens??usage.completion_tokens
;return typeof input==="number"&&typeof output==="number"?input+output:undefined}function costsFromRun(runDir,cwd){
const dir=external_node_path_.resolve(cwd,runDir)
;if(!external_node_fs_.existsSync(external_node_path_.join(dir,"input.json")))throw new errors.dz(`--cost-from ${runDir}: not a run folder (no input.json); give a previous run's folder`)
;const byStep=new Map;const outputs=external_node_path_.join(dir,"outputs")
;for(const file of external_node_fs_.existsSync(outputs)?external_node_fs_.readdirSync(outputs):[]){
if(!file.endsWith(".json"))continue;let record;try{
record=JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(outputs,file),"utf8"))}catch(err){
throw new errors.dz(`--cost-from ${runDir}: outputs/${file} is not valid JSON (${(0,errors.bD)(err)})`)}
const costs=new Map;for(const call of record.output?.calls??[]){const tokens=tokensOf(call.usage)
;if(typeof call.prompt==="string"&&tokens!==undefined)costs.set(call.prompt,tokens)}
byStep.set(file.slice(0,-".json".length),costs)}
const runId=JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(dir,"input.json"),"utf8")).run_id;return{
source:typeof runId==="string"?runId:external_node_path_.basename(dir),
costOf:(stepId,prompt)=>byStep.get(stepId)?.get(prompt)}}function makePlan(options){const planned=loadPlanned(options)
;const costs=options.costFrom?costsFromRun(options.costFrom,options.cwd):undefined;return(0,
shard_plan.Gg)(planned.workflow,planned.hashes.policy,options.shards,planned.hashes.workflow,costs)}
function readPlan(planArg,planned,cwd,expectedDigest){let text=planArg;let where="the plan input"
;if(!planArg.trimStart().startsWith("{")){where=planArg;try{
text=external_node_fs_.readFileSync(external_node_path_.resolve(cwd,planArg),"utf8")}catch(err){
throw new errors.dz(`cannot read plan ${planArg}: ${(0,errors.bD)(err)}`)}}let json;try{json=JSON.parse(text)}catch{
throw new errors.dz(`${where}: not valid JSON; give the plan file or the plan output of awo plan`)}return(0,
shard_plan.Gy)(json,where,planned.workflow,planned.hashes,expectedDigest)}var shard_verify=__webpack_require__(13351)
;function refuseFlaggedSteps(planned,plan,backend){for(const{step_id:step_id}of plan.steps){
const step=planned.workflow.steps.find(candidate=>candidate.id===step_id);const input=(0,step_ops.xI)(step,new Map)
;const decision=(0,policy.Uz)(planned.policy.policy,{step:step,prompts:input.prompts,params:{...(0,run_plan.j1)(step),
model:(0,run_plan.Rt)(step,backend)}})
;if(decision.decision==="flag")throw new errors.dz(`step ${step_id} is flagged by policy ${decision.policy_id} (${decision.reason}); a sharded step must be allowed without a gate, so put the gate after the sharded steps`)
}}async function mergeShards(options){const planned=loadPlanned(options)
;const plan=readPlan(options.plan,planned,options.cwd,options.planDigest)
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
files:files}})}});return{outcome:outcome,record:record}}async function runShard(options){
const planned=loadPlanned(options);const plan=readPlan(options.plan,planned,options.cwd,options.planDigest)
;if(!Number.isInteger(options.shard)||options.shard<0||options.shard>=plan.shards)throw new errors.dz(`shard index ${options.shard} is not in the plan: it has shards 0 to ${plan.shards-1} (the matrix's shard value)`)
;const outcome=await(0,run_service.startRun)({...options,
workflowBytes:(0,shard_share.vT)(planned.workflow,plan,options.shard)});return{outcome:outcome,plan:plan}}
function shardStage(status){return status==="running"?"failed":status}async function packShard(runDir,outDir,facts){
const packed=await(0,pack.jX)(runDir,outDir);const name=(0,shard_record.u9)(packed.name,{shard:facts.shard,
planDigest:facts.plan.plan_digest,stage:shardStage(facts.status),attempt:facts.attempt,sha256:packed.sha256})
;const file=external_node_path_.join(external_node_path_.dirname(packed.path),name)
;external_node_fs_.renameSync(packed.path,file);return{...packed,path:file,name:name}}
var cli_arguments=__webpack_require__(11506);var options=__webpack_require__(97562)
;var print_outcome=__webpack_require__(20384)
;const planUsage=`usage: awo plan <workflow.json> --shards N [--cost-from RUN] [--policy FILE] [--out plan.json]\n\nFreezes a scale-out plan: which inputs of the workflow's leading llm_map steps each of N shards runs\n(1 to 256), balanced by input count, or by the tokens a previous run folder (--cost-from) recorded.\nThe same workflow, policy, N and costs give the same plan. Writes the plan (default: stdout) and prints\nits digest and the matrix for strategy.matrix (fromJSON).`
;const shardUsage=`usage: awo shard <workflow.json> --plan FILE --index I [--plan-digest sha256:<hex>] [--attempt N]\n               [--runs-dir runs] [--out DIR] [--policy FILE] [--backend NAME] [--model M] [--base-url URL] [--actor NAME]\n\nRuns shard I's share of the plan as a run of its own (full evidence, policy on every call) and packs it\ninto --out (default: .) as awo-<run id>-<sha>-shard<NNN>-p<plan>-<stage>-a<attempt>-<digest>.tar.gz.\nPrints the run folder, the bundle and its digest. Exit codes as awo run.`
;const mergeUsage=`usage: awo merge <workflow.json> --plan FILE --bundles DIR [--plan-digest sha256:<hex>] [--runs-dir runs]\n               [--out DIR] [--policy FILE] [--backend NAME] [--model M] [--base-url URL] [--actor NAME]\n\nVerifies every shard bundle in --bundles against the plan (refusing a missing, duplicated, foreign or\nunverifiable shard, by name), then writes the parent run: the shard bundles and their checkpoints bound\ninto its audit trail, the sharded outputs in original input order, then the workflow's later steps.\nWith --out, also packs the parent run there. Exit codes as awo run.`
;const planOptions={shards:{type:"string"},"cost-from":{type:"string"},policy:{type:"string"},out:{type:"string"}}
;const shareOptions={...options.$c,plan:{type:"string"},"plan-digest":{type:"string"},"runs-dir":{type:"string"},
policy:{type:"string"},out:{type:"string"}};function required(value,name,usage){
if(value===undefined)throw new errors.dz(`--${name} is required\n${usage}`);return value}function attemptOf(raw,env){
const text=raw??env.GITHUB_RUN_ATTEMPT??"1"
;if(!/^[1-9]\d{0,5}$/.test(text))throw new errors.dz(`--attempt must be a whole number from 1, got ${JSON.stringify(text)}`)
;return Number(text)}const plan={name:"plan",summary:"split a workflow's llm_map inputs into a shard plan for a matrix",
usage:planUsage,run(args,io){
const{values:values,positionals:positionals}=(0,cli_arguments.q)(args,planOptions,planUsage)
;if(values.help)return io.out(planUsage),Promise.resolve(0);const workflowPath=(0,
cli_arguments.P)(positionals,"workflow file",planUsage);const made=makePlan({workflowPath:workflowPath,
policyPath:values.policy,cwd:io.cwd,shards:(0,shard_count.v)(required(values.shards,"shards",planUsage),"--shards"),
costFrom:values["cost-from"]});if(values.out===undefined){io.out((0,hash.D_)(made).trimEnd())}else{
external_node_fs_.writeFileSync(external_node_path_.resolve(io.cwd,values.out),(0,hash.D_)(made))
;io.out(`plan: ${values.out}`)}io.err(`plan-digest: ${made.plan_digest}`);io.err(`matrix: ${JSON.stringify((0,
shard_plan.T4)(made))}`);return Promise.resolve(0)}};const shard={name:"shard",
summary:"run one shard's share of a plan as a run of its own",usage:shardUsage,async run(args,io){
const{values:values,positionals:positionals}=(0,cli_arguments.q)(args,{...shareOptions,index:{type:"string"},attempt:{
type:"string"}},shardUsage);if(values.help)return io.out(shardUsage),0;const workflowPath=(0,
cli_arguments.P)(positionals,"workflow file",shardUsage);const index=required(values.index,"index",shardUsage)
;if(!/^\d{1,3}$/.test(index))throw new errors.dz(`--index must be a shard index from 0 to 255, got ${JSON.stringify(index)}`)
;const attempt=attemptOf(values.attempt,io.env);const runsDir=values["runs-dir"]??"runs"
;const{outcome:outcome,plan:used}=await runShard({workflowPath:workflowPath,policyPath:values.policy,runsDir:runsDir,
plan:required(values.plan,"plan",shardUsage),planDigest:values["plan-digest"],shard:Number(index),backend:(0,
options.EC)(values,io,"echo",runsDir),actor:(0,options.dn)(values,io),env:io.env,cwd:io.cwd});const code=(0,
print_outcome.i)(outcome,io)
;const bundle=await packShard(outcome.runDir,external_node_path_.resolve(io.cwd,values.out??"."),{plan:used,
shard:Number(index),attempt:attempt,status:outcome.status});io.out(bundle.path);io.out(bundle.sha256);return code}}
;const merge={name:"merge",summary:"verify every shard bundle and merge them into the parent run",usage:mergeUsage,
async run(args,io){const{values:values,positionals:positionals}=(0,cli_arguments.q)(args,{...shareOptions,bundles:{
type:"string"}},mergeUsage);if(values.help)return io.out(mergeUsage),0;const workflowPath=(0,
cli_arguments.P)(positionals,"workflow file",mergeUsage)
;const dir=external_node_path_.resolve(io.cwd,required(values.bundles,"bundles",mergeUsage))
;if(!external_node_fs_.existsSync(dir)||!external_node_fs_.statSync(dir).isDirectory())throw new errors.dz(`--bundles ${values.bundles}: not a folder; give the folder the shard bundles were downloaded to`)
;const runsDir=values["runs-dir"]??"runs";const{outcome:outcome}=await mergeShards({workflowPath:workflowPath,
policyPath:values.policy,runsDir:runsDir,plan:required(values.plan,"plan",mergeUsage),planDigest:values["plan-digest"],
bundles:external_node_fs_.readdirSync(dir).sort().map(name=>({artifact:name,file:external_node_path_.join(dir,name)})),
backend:(0,options.EC)(values,io,"echo",runsDir),actor:(0,options.dn)(values,io),env:io.env,cwd:io.cwd});const code=(0,
print_outcome.i)(outcome,io);if(values.out!==undefined){
const bundle=await(0,pack.jX)(outcome.runDir,external_node_path_.resolve(io.cwd,values.out));io.out(bundle.path)
;io.out(bundle.sha256)}return code}};const scaleOutCommands=[plan,shard,merge]},
20384:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
i:()=>printOutcome});var node_path__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__)
;function printOutcome(outcome,io){const dir=node_path__WEBPACK_IMPORTED_MODULE_0__.relative(io.cwd,outcome.runDir)||"."
;io.out(dir);for(const{step_id:step_id,decision:decision}of outcome.decisions){
if(decision.decision==="flag")io.err(`warning: step ${step_id} flagged by policy ${decision.policy_id}: ${decision.reason}`)
;if(decision.decision==="deny")io.err(`error: step ${step_id} denied by policy ${decision.policy_id}: ${decision.reason}`)
}switch(outcome.status){case"completed":
io.err(`completed: ${dir} (report: ${node_path__WEBPACK_IMPORTED_MODULE_0__.join(dir,"report.md")})`);break
;case"paused":{const gate=outcome.gate
;io.err(`paused for human review at gate ${gate?.gate_id??"?"} (step ${gate?.step_id??"?"})${gate?.status==="approved"?", approved: run `awo resume "+dir+"`":""}`)
;if(gate?.status!=="approved")io.err(`  approve: awo approve ${dir} --actor NAME [--comment TEXT], then: awo resume ${dir}`)
;break}default:io.err(`${outcome.status}: ${outcome.failure?.reason??"see report.md"}`)}return outcome.exitCode}}};
