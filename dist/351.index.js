export const id=351;export const ids=[351];export const modules={
43458:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
I:()=>verifyBundle});var external_node_crypto_=__webpack_require__(77598)
;var external_node_path_=__webpack_require__(76760);var errors=__webpack_require__(74296)
;var external_node_fs_=__webpack_require__(73024);var external_node_os_=__webpack_require__(48161)
;var hash=__webpack_require__(42605);var manifest=__webpack_require__(9075);var bytewise_order=__webpack_require__(148)
;var read_input_file=__webpack_require__(10047);var safe_extract=__webpack_require__(48038)
;var entry_sink=__webpack_require__(47198);var folder_sink=__webpack_require__(52264)
;var utf8_text=__webpack_require__(87842);var run_files=__webpack_require__(1912)
;var interrupt_cleanup=__webpack_require__(18007);const MEMORY_BUDGET=256*1024*1024;class BundleRun{name;files;folders
;digests;sha256;tar;gzipHeader;removeSpill;sorted
;constructor(name,files,folders,digests,sha256,tar,gzipHeader,removeSpill){this.name=name;this.files=files
;this.folders=folders;this.digests=digests;this.sha256=sha256;this.tar=tar;this.gzipHeader=gzipHeader
;this.removeSpill=removeSpill}read(rel){const file=this.files.get(rel)
;if(file===undefined||file instanceof Uint8Array)return file;return(0,read_input_file.jH)(file.spilled,"run file",{
maxBytes:read_input_file.Qc,shownAs:rel})}list(){this.sorted??=(0,bytewise_order.lP)([...this.files.keys()])
;return[...this.sorted]}extractedDigest(rel){const hex=this.digests.get(rel)
;return hex===undefined?undefined:`sha256:${hex}`}content(rel){const file=this.files.get(rel)
;return file===undefined||file instanceof Uint8Array?file:file.spilled}close(){this.removeSpill()}}class MemorySink{
budget;tmpDir;files=new Map;folders=new Set;spillDir;releaseSpill;held=0;disk;constructor(budget,tmpDir){
this.budget=budget;this.tmpDir=tmpDir}folder(parts){if(parts.length>1)this.folders.add(parts.slice(1).join("/"))}
fits(size){return this.held+size<=this.budget}bytes(parts,data){if(!this.fits(data.length))return undefined
;this.held+=data.length;this.files.set(parts.slice(1).join("/"),data);return(0,hash.fg)(data)}removeSpill(){
if(this.spillDir!==undefined)external_node_fs_.rmSync(this.spillDir,{recursive:true,force:true});this.releaseSpill?.()}
async settle(){await(this.disk?.settle?.())}file(parts,entry){const rel=parts.slice(1).join("/")
;if(!this.fits(entry.size)){if(this.spillDir===undefined){
const spillDir=external_node_fs_.mkdtempSync(external_node_path_.join(this.tmpDir,"awo-verify-"));this.releaseSpill=(0,
interrupt_cleanup.n)(()=>external_node_fs_.rmSync(spillDir,{recursive:true,force:true}));this.spillDir=spillDir}
this.disk??=(0,folder_sink.W)(this.spillDir);this.files.set(rel,{
spilled:external_node_path_.join(this.spillDir,...parts)});return this.disk.file(parts,entry)}this.held+=entry.size
;const bytes=Buffer.allocUnsafe(entry.size);let got=0;entry.on("data",chunk=>{
if(got+chunk.length<=bytes.length)chunk.copy(bytes,got);got+=chunk.length});return new Promise((resolve,reject)=>{
entry.on("error",reject);entry.on("end",()=>{if(got!==bytes.length)return reject((0,
entry_sink.n)(entry.path,"its bytes are not the size its header declares"));this.files.set(rel,bytes);resolve((0,
hash.fg)(bytes))})})}}async function readBundle(source,opts={}){const{limits:limits,expected:expected}=await(0,
safe_extract.KK)(source,opts,opts.label)
;const fresh=()=>new MemorySink(opts.memoryBudget??MEMORY_BUDGET,opts.tmpDir??external_node_os_.tmpdir())
;let sink=fresh();try{
const read=await(0,safe_extract.uc)(source,reading=>reading==="tar"?sink=fresh():sink,limits,opts.label)
;if(expected!==undefined&&read.hex!==expected){const name=typeof source==="string"?source:opts.label??"bundle"
;throw new errors.cs(`bundle ${name} changed while it was being read`,name)}
return new BundleRun(read.top,sink.files,sink.folders,read.digests,`sha256:${read.hex}`,read.tar,read.gzipHeader,()=>sink.removeSpill())
}catch(err){sink.removeSpill();throw err}}function checkBundleManifest(run){const bytes=run.read(manifest.ir)
;if(bytes===undefined)return{ok:false,where:manifest.ir,message:`${manifest.ir} is missing from ${run.name}`}
;const tooLong=(0,run_files.GW)(bytes.length,run.list());if(tooLong)return{ok:false,where:manifest.ir,
message:`${manifest.ir} ${tooLong}`};return(0,manifest.P7)((0,utf8_text.Hp)(bytes),run.list(),rel=>run.digests.get(rel))
}var pack=__webpack_require__(80631);var run_tree=__webpack_require__(99562);function packingProblem(run,label){
const header=run.gzipHeader
;if(header.length<10||header[3]!==0||header.readUInt32LE(4)!==0||header[9]!==pack.ZL)return`${external_node_path_.basename(label)}: its gzip header carries a name, comment, extra field, time or OS byte that awo pack never writes`
;const holding=(0,run_tree.Tt)(run.list());const empty=[...run.folders].find(dir=>!holding.has(dir))
;if(empty!==undefined)return`${empty}/: an empty folder that no run writes`;const expected=(0,
external_node_crypto_.createHash)("sha256")
;for(const chunk of(0,pack.LH)(run,run.tar.of==="skeleton"))expected.update(chunk)
;if(run.tar.hex!==expected.digest("hex"))return`${external_node_path_.basename(label)}: its tar is not the deterministic packing of the run it holds (an entry added, or a mode, owner, time or order changed after awo pack)`
;return undefined}async function verifyBundle(bundle,opts){
const label=typeof bundle==="string"?bundle:opts.label??"bundle";let run;try{run=await readBundle(bundle,{
expectedSha256:opts.expectedSha256,maxBytes:opts.maxBytes,maxEntries:opts.maxEntries,tmpDir:opts.tmpDir,label:opts.label
})}catch(err){if(err instanceof errors.cs)return{ok:false,where:err.where,message:err.message};throw err}try{
const runId=run.name;const sha256=run.sha256;const manifest=checkBundleManifest(run);if(!manifest.ok)return{ok:false,
where:manifest.where,message:manifest.message,runId:runId,sha256:sha256};const folder=await opts.verifyFolder(run)
;if(!folder.ok)return{ok:false,where:folder.where,message:folder.message,runId:runId,sha256:sha256}
;if(folder.runId&&folder.runId!==runId)return{ok:false,where:runId,
message:`${runId}: the bundle's top folder is not the run it holds (input.json names ${folder.runId})`,runId:runId,
sha256:sha256};if(folder.sealed===false)return{ok:false,where:"audit/log.jsonl",
message:`audit/log.jsonl: the run does not end at a sealed stop, and every bundle is packed at one (${folder.notes?.[0]??"no seal"})`,
runId:runId,sha256:sha256};const packing=packingProblem(run,label);if(packing)return{ok:false,
where:external_node_path_.basename(label),message:packing,runId:runId,sha256:sha256};return{ok:true,runId:runId,
sha256:sha256,status:folder.status,workflowHash:folder.workflowHash,...folder.checkpoint?{checkpoint:folder.checkpoint
}:{},notes:folder.notes}}finally{run.close()}}},
40195:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Gg:()=>buildPlan,Gy:()=>checkPlan,T4:()=>planMatrix});var zod__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(38816)
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
13351:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Bw:()=>verifyWithShards,Q3:()=>verifyShardBundle});var node_path__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__)
;var _core_checkpoint_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(17745)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296)
;var _core_json_equal_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(35692)
;var _core_audit_chain_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(34860)
;var _core_shard_plan_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(40195)
;var _core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(47861)
;var _core_shard_share_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(56337)
;var _core_workflow_load_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(76380)
;var _bundle_verify_bundle_js__WEBPACK_IMPORTED_MODULE_9__=__webpack_require__(43458)
;var _run_folder_js__WEBPACK_IMPORTED_MODULE_10__=__webpack_require__(39089)
;var _run_store_js__WEBPACK_IMPORTED_MODULE_11__=__webpack_require__(16674)
;var _run_service_js__WEBPACK_IMPORTED_MODULE_12__=__webpack_require__(31614);function readBytes(reader,file){
const bytes=reader.read(file);if(bytes===undefined)throw new Error(`${file} is missing`)
;return Buffer.from(bytes.buffer,bytes.byteOffset,bytes.byteLength)}function readJson(reader,file){
return JSON.parse(readBytes(reader,file).toString("utf8"))}
const readerOf=target=>typeof target==="string"?new _run_store_js__WEBPACK_IMPORTED_MODULE_11__.q(target):target
;function readShardFolder(run,plan,shard){const metadata=readJson(run,"metadata.json")
;const log=readBytes(run,_core_audit_chain_js__WEBPACK_IMPORTED_MODULE_4__.bd).toString("utf8");const calls=new Map
;for(const range of plan.assignments[shard]?.ranges??[]){const file=`outputs/${range.step_id}.json`
;if(run.read(file)===undefined)continue;const record=readJson(run,file)
;calls.set(range.step_id,record.output?.calls??[])}return{snapshot:readBytes(run,"workflow.snapshot.json"),
input:readJson(run,"input.json"),status:metadata.status,attempt:metadata.github?.run_attempt,
lines:log.split("\n").slice(0,-1),
checkpointFile:run.read(_core_checkpoint_js__WEBPACK_IMPORTED_MODULE_1__.S5)!==undefined?readJson(run,_core_checkpoint_js__WEBPACK_IMPORTED_MODULE_1__.S5):undefined,
calls:calls}}async function verifyShardBundle(file,expect){const label=`shard ${expect.shard} (${expect.artifact})`
;const fail=message=>new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`${label}: ${message}`,expect.artifact)
;let folder;let problem;const verdict=await(0,_bundle_verify_bundle_js__WEBPACK_IMPORTED_MODULE_9__.I)(file,{
expectedSha256:expect.expectedSha256,label:expect.label,verifyFolder:run=>{const report=(0,
_run_service_js__WEBPACK_IMPORTED_MODULE_12__.verifyFolder)(run);if(report.ok){try{
folder=readShardFolder(run,expect.plan,expect.shard)}catch(err){
problem=(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err)}}return report}})
;if(!verdict.ok||!verdict.sha256)throw fail(`does not verify: ${verdict.message??"unknown mismatch"}`)
;if(problem||!folder)throw fail(`cannot be read as a shard run: ${problem??"no run folder"}`)
;if(!folder.snapshot.equals(Buffer.from(expect.workflowBytes)))throw fail(`is not shard ${expect.shard} of plan ${expect.plan.plan_digest}: its workflow.snapshot.json is another share (a shard of another plan, or another shard)`)
;if(folder.status!=="completed")throw fail(`its run is ${String(folder.status)}, not completed`);const backend={
name:folder.input.backend?.name,model:folder.input.backend?.model??null};if(!(0,
_core_json_equal_js__WEBPACK_IMPORTED_MODULE_3__.Z)(backend,expect.backend))throw fail(`ran on backend ${backend.name} (model ${String(backend.model)}), the merge on ${expect.backend.name} (model ${String(expect.backend.model)})`)
;if(expect.attempt!==undefined&&folder.attempt!=null&&String(folder.attempt)!==String(expect.attempt))throw fail(`its name says attempt ${expect.attempt}, its metadata.json says ${String(folder.attempt)}`)
;const checkpoint=(0,_core_checkpoint_js__WEBPACK_IMPORTED_MODULE_1__.S$)(folder.input.run_id,folder.lines)
;if(folder.checkpointFile&&!(0,
_core_json_equal_js__WEBPACK_IMPORTED_MODULE_3__.Z)(folder.checkpointFile,checkpoint))throw fail(`${_core_checkpoint_js__WEBPACK_IMPORTED_MODULE_1__.S5} says ${(0,
_core_checkpoint_js__WEBPACK_IMPORTED_MODULE_1__.wP)(folder.checkpointFile)}, its audit trail gives ${(0,
_core_checkpoint_js__WEBPACK_IMPORTED_MODULE_1__.wP)(checkpoint)}`);return{sha256:verdict.sha256,checkpoint:checkpoint,
calls:folder.calls}}class ShardMismatch extends Error{where;constructor(where,message){super(`${where}: ${message}`)
;this.where=where}}async function verifyShardsIn(target){const run=readerOf(target)
;if(run.read(_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.ST)===undefined)return undefined;const read=file=>{try{
return readJson(run,file)}catch(err){throw new ShardMismatch(file,`cannot be read: ${(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err)}`)}}
;const record=read(_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.ST);const lock=read("lock.snapshot.json")
;const input=read("input.json")
;const workflow=(0,_core_workflow_load_js__WEBPACK_IMPORTED_MODULE_8__.G2)(readBytes(run,"workflow.snapshot.json"),input.workflow_source,"recorded")
;let plan;try{
plan=(0,_core_shard_plan_js__WEBPACK_IMPORTED_MODULE_5__.Gy)(read(_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.VI),_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.VI,workflow,{
workflow:lock.workflow,policy:lock.policy})}catch(err){
throw new ShardMismatch(_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.VI,(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err))}
if(record.plan_digest!==plan.plan_digest)throw new ShardMismatch(_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.ST,"names another plan than shards/plan.json")
;const bound=readBytes(run,_core_audit_chain_js__WEBPACK_IMPORTED_MODULE_4__.bd).toString("utf8").split("\n").filter(line=>line.includes('"shards.merged"')).map(line=>JSON.parse(line)).filter(line=>line.event==="shards.merged")
;if(bound.length!==1||bound[0].details?.shards_root!==record.shards_root||bound[0].details?.plan_digest!==plan.plan_digest)throw new ShardMismatch(_core_audit_chain_js__WEBPACK_IMPORTED_MODULE_4__.bd,`does not bind ${_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.ST} (one shards.merged line with its plan digest and shards_root)`)
;if(record.shards.length!==plan.shards||record.shards.some((shard,i)=>shard.shard!==i))throw new ShardMismatch(_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.ST,`must list shards 0 to ${plan.shards-1} in order`)
;if((0,
_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.G4)(record.shards)!==record.shards_root)throw new ShardMismatch(_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.ST,"shards_root is not the Merkle root of its shard records")
;const kept=new Set([_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.VI,_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.ST,...record.shards.map(shard=>shard.path)])
;for(const rel of run.list()){
if(rel.startsWith(`${_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.MH}/`)&&!kept.has(rel))throw new ShardMismatch(rel,`is not a shard bundle of ${_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.ST}`)
}const evidence=[];for(const shard of record.shards){let found;try{
const bytes=typeof target==="string"?node_path__WEBPACK_IMPORTED_MODULE_0__.join(target,shard.path):run.read(shard.path)
;if(bytes===undefined)throw new ShardMismatch(shard.path,"is missing");found=await verifyShardBundle(bytes,{
label:shard.path,plan:plan,shard:shard.shard,artifact:shard.artifact,workflowBytes:(0,
_core_shard_share_js__WEBPACK_IMPORTED_MODULE_7__.vT)(workflow,plan,shard.shard),expectedSha256:shard.bundle_sha256,
backend:{name:input.backend.name,model:input.backend.model??null}})}catch(err){throw new ShardMismatch(shard.path,(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err))}
if((0,_core_checkpoint_js__WEBPACK_IMPORTED_MODULE_1__.wP)(found.checkpoint)!==shard.checkpoint||found.checkpoint.run_id!==shard.run_id)throw new ShardMismatch(_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.ST,`shard ${shard.shard}: checkpoint ${shard.checkpoint} is not the bundle's (${(0,
_core_checkpoint_js__WEBPACK_IMPORTED_MODULE_1__.wP)(found.checkpoint)})`);evidence.push(found)}let merged;try{
merged=(0,_core_shard_share_js__WEBPACK_IMPORTED_MODULE_7__.DH)(plan,(shard,step)=>evidence[shard]?.calls.get(step))
}catch(err){throw new ShardMismatch(_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.MH,(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_2__.bD)(err))}for(const[step,output]of merged){
const file=`outputs/${step}.json`;const recorded=read(file)
;if(!(0,_core_json_equal_js__WEBPACK_IMPORTED_MODULE_3__.Z)(recorded.output,output))throw new ShardMismatch(file,"output is not its shards' outputs in plan order")
}return plan.shards}async function verifyWithShards(target,options={}){const report=(0,
_run_service_js__WEBPACK_IMPORTED_MODULE_12__.verifyFolder)(target,options);if(!report.ok)return report;try{
const shards=await verifyShardsIn(typeof target==="string"?(0,
_run_folder_js__WEBPACK_IMPORTED_MODULE_10__.Zy)(target):target)
;if(shards!==undefined)report.notes.push(`${shards} shard bundles inside verified, and bound by ${_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.ST}`)
;return report}catch(err){if(err instanceof ShardMismatch)return mismatch(report,err.where,err.message)
;if(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__._)return mismatch(report,_core_shard_record_js__WEBPACK_IMPORTED_MODULE_6__.MH,err.message)
;throw err}}function mismatch(report,where,message){return{...report,ok:false,verdict:"mismatch",sealed:false,
where:where,message:message}}}};
