export const id=851;export const ids=[851];export const modules={
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
47851:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command});var external_node_fs_=__webpack_require__(73024)
;var external_node_path_=__webpack_require__(76760);var errors=__webpack_require__(74296)
;var hash=__webpack_require__(42605);var external_node_os_=__webpack_require__(48161)
;var version=__webpack_require__(83323);var promises_=__webpack_require__(58500);class ApiCallFailed extends Error{call
;constructor(call,detail){
super(`${call.method} ${call.path} as ${call.actor} answered ${call.status||"nothing"}: ${detail}`);this.call=call
;this.name="ApiCallFailed"}}const DEFAULT_POLL={attempts:600,intervalMs:100};class GovernanceClient{baseUrl;poll
;calls=[];constructor(baseUrl,poll=DEFAULT_POLL){this.baseUrl=baseUrl;this.poll=poll}async createRun(as,workflow){
const run=await this.request(as,"POST","/workflows/runs",{workflow:workflow},[201,202]);return this.settle(as,run)}
getRun(as,runId){return this.request(as,"GET",`/workflows/runs/${encodeURIComponent(runId)}`)}
decideGate(as,runId,gateId,decision,comment){
return this.request(as,"PATCH",`/workflows/runs/${encodeURIComponent(runId)}/gates/${encodeURIComponent(gateId)}`,{
decision:decision,comment:comment})}async resume(as,runId){
const run=await this.request(as,"PATCH",`/workflows/runs/${encodeURIComponent(runId)}/status`,{action:"resume"
},[200,202]);return this.settle(as,run)}async logs(as,runId){const lines=[];let after=0
;for(let page=0;after!==null;page++){
const answer=await this.request(as,"GET",`/workflows/runs/${encodeURIComponent(runId)}/logs?after=${after}&limit=1000`)
;lines.push(...answer.lines);after=answer.next_after;if(after!==null&&page>answer.total/1e3+1)throw new ApiCallFailed({
actor:as.actor,method:"GET",path:`/workflows/runs/${runId}/logs`,status:200
},`next_after keeps going past the ${answer.total} lines the server reports`)}return lines}async settle(as,run){
let view=run;for(let i=0;view.status==="running"&&i<this.poll.attempts;i++){await(0,
promises_.setTimeout)(this.poll.intervalMs);view=await this.getRun(as,run.run_id)}return view}
async request(as,method,path,body,ok=[200]){const call={actor:as.actor,method:method,path:path,status:0};let response
;try{response=await fetch(new URL(path,this.baseUrl),{method:method,headers:{authorization:`Bearer ${as.token}`,
...body===undefined?{}:{"content-type":"application/json"}},body:body===undefined?undefined:JSON.stringify(body),
signal:AbortSignal.timeout(12e4)})}catch(err){this.calls.push(call);throw new ApiCallFailed(call,err.message)}
call.status=response.status;const text=await response.text();let parsed;try{parsed=JSON.parse(text)}catch{
this.calls.push(call);throw new ApiCallFailed(call,`not JSON: ${text.slice(0,200)}`)}if(!ok.includes(response.status)){
this.calls.push(call);const problem=parsed
;throw new ApiCallFailed(call,`${problem.code??"error"}: ${problem.detail??text.slice(0,200)}`)}
const runStatus=parsed.status;this.calls.push({...call,...typeof runStatus==="string"?{runStatus:runStatus}:{}})
;return parsed}}var pack=__webpack_require__(80631);var verify_bundle=__webpack_require__(43458)
;var run_service=__webpack_require__(8392);const readJson=file=>JSON.parse(external_node_fs_.readFileSync(file,"utf8"))
;function copyInto(runDir,rel,outDir,files){const from=external_node_path_.join(runDir,rel)
;if(!external_node_fs_.existsSync(from))return;if(external_node_fs_.statSync(from).isDirectory()){
for(const name of external_node_fs_.readdirSync(from).sort())copyInto(runDir,`${rel}/${name}`,outDir,files);return}
external_node_fs_.mkdirSync(external_node_path_.dirname(external_node_path_.join(outDir,rel)),{recursive:true})
;external_node_fs_.copyFileSync(from,external_node_path_.join(outDir,rel));files.push(rel)}
async function collectEvidence(runDir,outDir){external_node_fs_.mkdirSync(outDir,{recursive:true});let folder;try{
folder=(0,run_service.verifyFolder)(runDir)}catch(err){folder={ok:false,message:(0,errors.bD)(err)}}const files=[]
;for(const rel of["receipts","audit/log.jsonl","audit/checkpoint.json"])copyInto(runDir,rel,outDir,files)
;const read=rel=>{try{return readJson(external_node_path_.join(runDir,rel))}catch{return null}}
;const workflowReceipt=read("receipts/workflow.json")
;const chain=(workflowReceipt?.receipts??[]).map(entry=>read(`receipts/${entry.kind}s/${entry.id}.json`)).filter(receipt=>receipt!==null)
;const checkpoint=read("audit/checkpoint.json");let bundle=null;let bundleVerdict=null;let packProblem=null;try{
bundle=await(0,pack.jX)(runDir,outDir)
;external_node_fs_.writeFileSync(`${bundle.path}.sha256`,`${bundle.sha256.slice("sha256:".length)}  ${bundle.name}\n`)
;files.push(bundle.name,`${bundle.name}.sha256`);bundleVerdict=await(0,verify_bundle.I)(bundle.path,{
expectedSha256:bundle.sha256,verifyFolder:dir=>(0,run_service.verifyFolder)(dir)})}catch(err){packProblem=(0,
errors.bD)(err)}return{runDir:runDir,folder:folder,bundle:bundle,bundleVerdict:bundleVerdict,packProblem:packProblem,
chain:chain,workflowReceipt:workflowReceipt,checkpoint:checkpoint,files:files.sort()}}
const directiveStatus=status=>status?status.toUpperCase():"(none)";const steps=view=>view?.steps??[]
;const statusesOf=view=>steps(view).map(s=>`${s.step_id} ${s.status}`).join(", ")||"(no steps)"
;const linesOf=(log,event,stepId)=>log.filter(line=>line.event===event&&(stepId===undefined||line.step_id===stepId))
;const seqs=lines=>lines.map(line=>`#${line.seq}`).join(", ")||"none"
;const statusChanges=log=>linesOf(log,"run.status").map(line=>String(line.details?.status))
;function allCompleted(view,spine){const got=steps(view)
;return got.length===spine.length&&spine.every((step,i)=>got[i].step_id===step.id&&got[i].status==="completed")}
function completedInOrder(log,spine){const done=linesOf(log,"step.completed").map(line=>line.step_id)
;return done.length===spine.length&&spine.every((step,i)=>done[i]===step.id)}function decideStep(spine){
return spine.find(step=>step.type==="decide")??spine[0]}function common(name,outcome){
const{run:run,evidence:evidence}=outcome;const final=run.final;const folder=evidence?.folder
;const receipt=evidence?.workflowReceipt??null;const chain=evidence?.chain??[]
;const linked=chain.every((r,i)=>i===0||r.prev_receipt_hash===chain[i-1].receipt_hash);return[{test:name,
id:`${name}.api`,text:"every request to the governance API answered as documented",met:run.aborted===null&&final!==null,
evidence:run.aborted??`run ${run.runId??"(none)"} created by ${run.creator}; read back by the observer`},{test:name,
id:`${name}.verify`,text:"`awo verify` passes on the run folder, sealed, with the status the API reports",
met:folder?.ok===true&&"sealed"in folder&&folder.sealed&&folder.status===final?.status,
evidence:!folder?"no run folder":folder.ok&&"sealed"in folder?`verified: ${folder.auditLines} audit lines, ${folder.receipts} receipts, status ${directiveStatus(folder.status)}${folder.sealed?"":" (NOT sealed)"}`:`verification FAILED: ${folder.message??"unknown mismatch"}`
},{test:name,id:`${name}.chain`,
text:"the receipt chain links every step_hash to the workflow_hash, and the workflow receipt seals the audit head",
met:receipt!==null&&final!==null&&chain.length===receipt.receipts.length&&linked&&receipt.status===final.status&&receipt.audit_head===final.audit.head,
evidence:receipt?`${chain.length} receipt(s), each prev_receipt_hash = the previous receipt_hash: ${linked?"yes":"NO"}; workflow_hash ${receipt.workflow_hash}; audit_head ${receipt.audit_head===final?.audit.head?"= ":"≠ "}the API's audit head`:"no receipts/workflow.json"
},{test:name,id:`${name}.bundle`,
text:"the packed evidence bundle verifies against its SHA-256 (`awo verify <bundle> --sha256`)",
met:evidence?.bundleVerdict?.ok===true,
evidence:evidence?.bundle?`${evidence.bundle.name} ${evidence.bundle.sha256}: ${evidence.bundleVerdict?.ok?"verified":`FAILED: ${evidence.bundleVerdict?.message??"not verified"}`}`:`not packed: ${evidence?.packProblem??"no run folder"}`
}]}function testA(outcome,spine){const final=outcome.run.final;const log=outcome.run.log
;const decisions=steps(final).map(s=>s.decision?.decision??"none");return[{test:"A",id:"A.completed",
text:"the run ends COMPLETED",met:final?.status==="completed",
evidence:`GET /workflows/runs/${outcome.run.runId??"?"} → status ${directiveStatus(final?.status)}`},{test:"A",
id:"A.steps",text:`all ${spine.length} steps (${spine.map(s=>s.type??s.id).join(" → ")}) completed, in order`,
met:allCompleted(final,spine)&&completedInOrder(log,spine),
evidence:`${statusesOf(final)}; step.completed lines ${seqs(linesOf(log,"step.completed"))}`},{test:"A",id:"A.allow",
text:"the policy allowed every step",met:decisions.length===spine.length&&decisions.every(d=>d==="allow"),
evidence:`decisions: ${decisions.join(", ")||"none"}; policy.decision lines ${seqs(linesOf(log,"policy.decision"))}`},{
test:"A",id:"A.no-gate",text:"no gate was opened",
met:final!==null&&final.gates.length===0&&linesOf(log,"gate.requested").length===0,
evidence:`${final?.gates.length??0} gate(s); gate.requested lines ${seqs(linesOf(log,"gate.requested"))}`}]}
function testB(outcome,spine,reviewer){
const{created:created,approved:approved,final:final,log:log,creator:creator}=outcome.run;const decide=decideStep(spine)
;const gate=created?.gate??null;const flagged=steps(created).find(s=>s.step_id===decide.id)
;const later=spine.slice(spine.indexOf(decide)+1).map(s=>s.id)
;const laterStatuses=steps(created).filter(s=>later.includes(s.step_id))
;const resolved=approved?.gates.find(g=>g.gate_id===gate?.gate_id)?.resolution??null
;const resolvedLine=linesOf(log,"gate.resolved").find(line=>line.gate_id===gate?.gate_id)
;const requestedLine=linesOf(log,"gate.requested").find(line=>line.gate_id===gate?.gate_id)
;const changes=statusChanges(log);return[{test:"B",id:"B.paused",
text:`the create request answers PAUSED, with a pending gate on ${decide.id}`,
met:created?.status==="paused"&&gate?.status==="pending"&&gate.step_id===decide.id,
evidence:`POST /workflows/runs → status ${directiveStatus(created?.status)}, gate ${gate?`${gate.gate_id} (${gate.kind}, ${gate.status}, step ${gate.step_id??"-"})`:"none"}`
},{test:"B",id:"B.flag",
text:`the gate comes from a policy flag on ${decide.id}, with reason, policy id, tier and rules triggered`,
met:gate?.kind==="flag"&&flagged?.decision?.decision==="flag"&&flagged.decision.rules_triggered.length>0&&flagged.decision.reason!=="",
evidence:flagged?.decision?`${decide.id}: ${flagged.decision.decision} by ${flagged.decision.policy_id} (tier ${flagged.decision.tier}, rules ${flagged.decision.rules_triggered.join(", ")||"none"}): ${flagged.decision.reason}`:`${decide.id}: no policy decision in the paused run`
},{test:"B",id:"B.held",text:`while PAUSED, ${decide.id} and every later step had not run`,
met:created!==null&&flagged?.status!=="completed"&&laterStatuses.every(s=>s.status==="pending")&&flagged?.output_hash===null,
evidence:`paused run: ${statusesOf(created)}`},{test:"B",id:"B.approved",
text:"the gate is approved over the API by a reviewer who is not the run's creator",
met:resolved?.decision==="approved"&&(reviewer===null||resolved.actor===reviewer)&&resolved.actor!==creator&&resolvedLine?.actor===resolved.actor,
evidence:resolved?`${gate?.gate_id??"?"}: ${resolved.decision} by ${resolved.actor} (creator ${creator}) via ${resolved.source} at ${resolved.at}; gate.resolved line ${resolvedLine?`#${resolvedLine.seq}`:"missing"}`:"the gate was not resolved"
},{test:"B",id:"B.completed",
text:`after resume the run ends COMPLETED with all ${spine.length} steps completed, in order`,
met:final?.status==="completed"&&allCompleted(final,spine)&&completedInOrder(log,spine),
evidence:`status ${directiveStatus(final?.status)}: ${statusesOf(final)}`},{test:"B",id:"B.audit",
text:"the audit trail records the gate request, the approval and the run going PAUSED → RUNNING → COMPLETED",
met:requestedLine!==undefined&&resolvedLine!==undefined&&requestedLine.seq<resolvedLine.seq&&changes.join(" ").includes("paused running completed"),
evidence:`gate.requested ${requestedLine?`#${requestedLine.seq}`:"missing"}, gate.resolved ${resolvedLine?`#${resolvedLine.seq}`:"missing"}; run.status: ${changes.map(directiveStatus).join(" → ")||"none"}`
}]}function testC(outcome,spine){const{final:final,log:log}=outcome.run;const decide=decideStep(spine)
;const denied=steps(final).find(s=>s.step_id===decide.id);const later=spine.slice(spine.indexOf(decide)+1).map(s=>s.id)
;const startedLater=linesOf(log,"step.started").filter(line=>later.includes(line.step_id??""))
;const deniedLine=linesOf(log,"step.denied",decide.id)[0];return[{test:"C",id:"C.failed",
text:`the run ends FAILED because the policy denied ${decide.id}`,
met:final?.status==="failed"&&final.failure?.kind==="denied"&&final.failure.step_id===decide.id,
evidence:`status ${directiveStatus(final?.status)}${final?.failure?`, failure ${final.failure.kind} at ${final.failure.step_id??"-"}: ${final.failure.reason}`:""}`
},{test:"C",id:"C.deny",text:"the deny decision carries reason, policy id, tier and rules triggered",
met:denied?.decision?.decision==="deny"&&denied.decision.rules_triggered.length>0&&denied.decision.reason!=="",
evidence:denied?.decision?`${decide.id}: ${denied.decision.decision} by ${denied.decision.policy_id} (tier ${denied.decision.tier}, rules ${denied.decision.rules_triggered.join(", ")||"none"}): ${denied.decision.reason}`:`${decide.id}: no policy decision`
},{test:"C",id:"C.no-further-step",text:`no step after ${decide.id} executed, and ${decide.id} itself produced nothing`,
met:final!==null&&startedLater.length===0&&denied?.output_hash===null&&steps(final).filter(s=>later.includes(s.step_id)).every(s=>s.status==="skipped"||s.status==="pending"),
evidence:`${statusesOf(final)}; step.started lines for ${later.join(", ")}: ${seqs(startedLater)}`},{test:"C",
id:"C.audit",text:"the denial is in the audit trail (step.denied with decision and reason)",
met:deniedLine!==undefined&&deniedLine.decision==="deny"&&(deniedLine.reason??"")!=="",
evidence:deniedLine?`#${deniedLine.seq} ${deniedLine.ts} ${deniedLine.actor} step.denied ${decide.id}: ${deniedLine.reason??""}`:"no step.denied line"
}]}function expectations(outcomes,spine,reviewer){const withCommon=(name,own)=>{
const[api,...rest]=common(name,outcomes[name]);return[api,...own,...rest]}
;return[...withCommon("A",testA(outcomes.A,spine)),...withCommon("B",testB(outcomes.B,spine,reviewer)),...withCommon("C",testC(outcomes.C,spine))]
}function verdictOf(list){const firstUnmet=list.find(e=>!e.met)??null;return{pass:firstUnmet===null&&list.length>0,
firstUnmet:firstUnmet}}const cell=text=>String(text??"").replace(/\r?\n/g," ").replace(/\|/g,"\\|")
;const code=text=>text===null||text===undefined||text===""?"-":`\`${String(text).replace(/`/g,"'")}\``
;const table=(head,rows)=>[`| ${head.join(" | ")} |`,`| ${head.map(()=>"---").join(" | ")} |`,...rows.map(row=>`| ${row.map(c=>cell(c)).join(" | ")} |`)].join("\n")
;const EXPECTED={A:"COMPLETED",B:"PAUSED → COMPLETED",C:"FAILED"};function observed(run){const first=run.created?.status
;const last=run.final?.status;if(!first)return run.aborted?"aborted":"(none)"
;return first===last||!last?directiveStatus(first):`${directiveStatus(first)} → ${directiveStatus(last)}`}
function evidencePackRef(line,bundle,runId){const target=line.evidence_ref??`audit/log.jsonl#seq=${line.seq}`
;return`${bundle??"(no bundle)"}:${runId}/${target}`}function stepTable(view){if(!view)return"_no run view_"
;return table(["step","type","status","started","ended","input_hash","output_hash","step_hash"],view.steps.map(s=>[code(s.step_id),s.step_type??"-",directiveStatus(s.status),s.started_at??"-",s.ended_at??"-",code(s.input_hash),code(s.output_hash),code(s.receipt_hash)]))
}function policyTable(view){const decided=(view?.steps??[]).filter(s=>s.decision)
;if(decided.length===0)return"_no policy decision recorded_"
;return table(["step","decision","reason","policy id","tier","rules triggered"],decided.map(s=>[code(s.step_id),`**${s.decision?.decision??""}**`,s.decision?.reason??"",code(s.decision?.policy_id),s.decision?.tier??"",s.decision?.rules_triggered.map(r=>code(r)).join(", ")||"none"]))
}function auditTable(log,bundle,runId){if(log.length===0)return"_no audit lines were read_"
;return table(["seq","timestamp","actor","event","step / gate","decision","evidence_pack_ref"],log.map(line=>{
const status=line.details?.status
;return[line.seq,line.ts,code(line.actor),`${line.event}${typeof status==="string"?` ${directiveStatus(status)}`:""}`,code(line.step_id??line.gate_id),line.decision??"-",code(evidencePackRef(line,bundle,runId))]
}))}function chainSection(evidence){if(!evidence)return"_no run folder: nothing to validate_";const out=[]
;if(evidence.chain.length>0)out.push(table(["#","kind","id","prev_receipt_hash","step_hash (receipt_hash)"],evidence.chain.map((r,i)=>[i+1,r.kind,code(r.kind==="step"?r.step_id:r.gate_id),code(r.prev_receipt_hash),code(r.receipt_hash)])))
;const receipt=evidence.workflowReceipt
;out.push("",receipt?`step_hash → workflow_hash: ${evidence.chain.length} receipt(s) → ${code(receipt.workflow_hash)} (\`receipts/workflow.json\`, status ${directiveStatus(receipt.status)}, audit head ${code(receipt.audit_head)} over ${receipt.audit_lines} lines)`:"step_hash → workflow_hash: **no workflow receipt**",`- \`awo verify\` on the run folder: ${evidence.folder.ok?"**verified**":`**FAILED**: ${evidence.folder.message??""}`}`,evidence.bundle?`- \`awo verify\` on the bundle \`${evidence.bundle.name}\` (${code(evidence.bundle.sha256)}, ${evidence.bundle.bytes} bytes): ${evidence.bundleVerdict?.ok?"**verified**":`**FAILED**: ${evidence.bundleVerdict?.message??""}`}`:`- bundle: **not packed**: ${evidence.packProblem??""}`,evidence.checkpoint?`- Merkle checkpoint (\`audit/checkpoint.json\`): size ${evidence.checkpoint.size}, root ${code(evidence.checkpoint.root)}`:"- Merkle checkpoint: not recorded by this run (no `audit/checkpoint.json`)")
;return out.join("\n")}function expectationTable(list){
return table(["","id","expectation","evidence"],list.map(e=>[e.met?"met":"**UNMET**",code(e.id),e.text,e.evidence]))}
function testSection(facts,test,title){const{run:run,evidence:evidence}=test;const runId=run.runId??"(none)"
;const bundle=evidence?.bundle?.name??null;const own=facts.expectations.filter(e=>e.test===test.name)
;const parts=[`## Test ${test.name}: ${title}`,"",`Run ${code(runId)} created by ${code(run.creator)} under policy ${code(run.policyId)} (${code(test.policyPath)}). `+`Expected ${EXPECTED[test.name]}, observed **${observed(run)}**. Receipts: \`${test.receiptsDir}/\`.`]
;if(run.aborted)parts.push("",`**The test stopped:** ${run.aborted}`)
;if(run.created&&run.created.status!==run.final?.status){
parts.push("",`### Step visibility while ${directiveStatus(run.created.status)}`,"",stepTable(run.created))
;const gate=run.created.gate
;if(gate)parts.push("",`Gate ${code(gate.gate_id)} (${gate.kind}, ${gate.status}) on step ${code(gate.step_id)}: ${gate.reason}`)
}
parts.push("",`### Step visibility (${run.created&&run.created.status!==run.final?.status?"final, ":""}as \`GET /workflows/runs/{run_id}\` shows it)`,"",stepTable(run.final),"","### Policy interaction","",policyTable(run.created?.status==="paused"?mergeDecisions(run):run.final))
;const resolved=(run.final?.gates??[]).filter(g=>g.resolution)
;if(resolved.length>0)parts.push("","### Gate decisions","",table(["gate","step","kind","decision","actor","at","source","comment"],resolved.map(g=>[code(g.gate_id),code(g.step_id),g.kind,g.resolution?.decision??"",code(g.resolution?.actor),g.resolution?.at??"",g.resolution?.source??"",g.resolution?.comment??""])))
;parts.push("","### Audit trail (as `GET /workflows/runs/{run_id}/logs` gives it)","",auditTable(run.log,bundle,runId),"","### Receipt chain","",chainSection(evidence),"",`### Expectations of test ${test.name}`,"",expectationTable(own))
;return parts.join("\n")}function mergeDecisions(run){if(!run.final)return run.created
;const first=new Map((run.created?.steps??[]).map(s=>[s.step_id,s.decision]));return{...run.final,
steps:run.final.steps.map(s=>({...s,decision:s.decision??first.get(s.step_id)??null}))}}
const GLOSSARY=["- **COMPLETED / PAUSED / FAILED / REJECTED / RUNNING**: the directive's words for the run states the API reports in lower case (`completed`, `paused`, `failed`, `rejected`, `running`; docs/server.md). Step states are shown the same way (`completed` → COMPLETED, `denied` → DENIED, `skipped` → SKIPPED, `pending` → PENDING).","- **allow / flag / deny**: the policy decision for a step. `flag` opens a gate before the step runs (the run is PAUSED); `deny` fails the run closed: no later step runs.","- **step_hash**: a step or gate receipt's `receipt_hash` (`receipts/steps/<id>.json`, `receipts/gates/<id>.json`), a hash over its input, output and decision hashes and the previous receipt's hash (`prev_receipt_hash`).","- **workflow_hash**: the hash of `receipts/workflow.json`, which lists every receipt hash in order, the audit trail's head and the digests of the other evidence files. `step_hash → workflow_hash` is that chain.","- **evidence_pack_ref**: where an audit entry's evidence sits in the evidence pack: `<bundle file>:<run id>/<path in the run folder>` (the audit line's `evidence_ref`, or its own line in `audit/log.jsonl` when it names none).","- **evidence pack / bundle**: the run folder packed by `awo pack` into a deterministic `.tar.gz`; its SHA-256 is in `<bundle>.sha256`.","- **Image digest**: the SHA-256 of the `dist/cli.js` that ran this proof (and the container image digest when one was given).","- **Git SHA**: the repository's HEAD where the proof ran, with `-dirty` when tracked files had uncommitted changes."].join("\n")
;function renderReport(facts,titles){const{pass:pass,firstUnmet:firstUnmet}=verdictOf(facts.expectations)
;const met=facts.expectations.filter(e=>e.met).length
;const verdict=pass?`**Verdict: PASS**: all ${facts.expectations.length} expectations of tests A, B and C hold.`:`**Verdict: FAIL**: ${met} of ${facts.expectations.length} expectations hold. First unmet: test ${firstUnmet?.test??"?"}, ${code(firstUnmet?.id)}: ${firstUnmet?.text??""} (${firstUnmet?.evidence??""}).`
;const sections=["# PT-004 workflow orchestration: proof report","",verdict,"","Produced by `awo proof pt004`: tests A, B and C driven through the governance HTTP API (docs/server.md), every run verified with the code of `awo verify` and packed with the code of `awo pack`.","","## Provenance","",table(["field","value"],[["timestamp",facts.generatedAt],["git SHA",code(facts.gitSha)],["image digest",`${code(facts.cli.sha256)} (SHA-256 of ${code(facts.cli.path)})`],["container image digest",facts.containerImage?code(facts.containerImage):"none given (`--image-digest`)"],["awo version",facts.toolVersion],["Node.js",facts.nodeVersion],["governance API",`${facts.server.started?"`awo serve` started by the proof at":"given server"} ${code(facts.server.url)}`],["workflow",`${code(facts.workflow.path)} ${code(facts.workflow.sha256)}`],["actors",`observer ${code(facts.actors.observer)} (read), runner ${code(facts.actors.runner)} (creates and resumes runs), reviewer ${code(facts.actors.reviewer)} (decides gates)`]]),"","## Results","",table(["test","what","policy","run id","expected","observed","evidence pack","result"],facts.tests.map(t=>{
const own=facts.expectations.filter(e=>e.test===t.name)
;return[t.name,titles[t.name],code(t.run.policyId),code(t.run.runId),EXPECTED[t.name],observed(t.run),t.evidence?.bundle?`${code(`${t.receiptsDir}/${t.evidence.bundle.name}`)} ${code(t.evidence.bundle.sha256)}`:"none",own.every(e=>e.met)?"PASS":`FAIL (${own.filter(e=>!e.met).length} unmet)`]
})),"",...facts.tests.flatMap(t=>[testSection(facts,t,titles[t.name]),""]),"## Receipt-chain validation","",table(["test","run id","receipts","workflow_hash","awo verify (folder)","bundle SHA-256","awo verify (bundle)","checkpoint"],facts.tests.map(t=>[t.name,code(t.run.runId),t.evidence?.chain.length??0,code(t.evidence?.workflowReceipt?.workflow_hash),t.evidence?.folder.ok?"verified":`FAILED: ${t.evidence?.folder.message??"no run folder"}`,code(t.evidence?.bundle?.sha256),t.evidence?.bundleVerdict?.ok?"verified":`FAILED: ${t.evidence?.bundleVerdict?.message??t.evidence?.packProblem??"not packed"}`,t.evidence?.checkpoint?`${t.evidence.checkpoint.size} ${code(t.evidence.checkpoint.root)}`:"not recorded"])),"",'Check any of them again: `awo verify <bundle> --sha256 "sha256:$(cut -d" " -f1 <bundle>.sha256)"`.',"","## Expectations","",expectationTable(facts.expectations),"","## API requests","",table(["#","actor","request","answer"],facts.calls.map((c,i)=>[i+1,code(c.actor),code(`${c.method} ${c.path}`),`${c.status||"no answer"}${c.runStatus?` (${directiveStatus(c.runStatus)})`:""}`])),"","## Receipts folder","",...facts.tests.flatMap(t=>[`- \`${t.receiptsDir}/\`: ${(t.evidence?.files??[]).map(f=>code(f)).join(", ")||"nothing"}`]),"","## Glossary","",GLOSSARY,""]
;return sections.join("\n")}const TEST_NAMES=["A","B","C"];const DEFAULT_POLICIES={A:"policies/pt004-all-allow.json",
B:"policies/pt004-flag-at-decide.json",C:"policies/pt004-deny-at-decide.json"};const TEST_TITLES={
A:"happy path: every step allowed → COMPLETED",
B:"policy flag → PAUSED → gate approved by a reviewer → resume → COMPLETED",
C:"policy deny → FAILED, no further step, denial in the audit trail"};const SPINE_FILE="pt004_execution_spine.json"
;function readJsonFile(file,what){let text;try{text=external_node_fs_.readFileSync(file,"utf8")}catch(err){
throw new errors.dz(`cannot read ${what} ${file}: ${(0,errors.bD)(err)}`)}try{const value=JSON.parse(text)
;if(typeof value==="object"&&value!==null&&!Array.isArray(value))return value}catch(err){
throw new errors.dz(`${file}: ${what} is not JSON: ${(0,errors.bD)(err)}`)}
throw new errors.dz(`${file}: ${what} must be a JSON object`)}function workflowFor(spine,policy){return{...spine,
policy:policy}}async function driveTest(client,actors,spec,spine){const policy=spec.policy;const record={spec:spec,
policyId:typeof policy.id==="string"?policy.id:"(no id)",creator:actors.runner.actor,runId:null,created:null,
approved:null,final:null,log:[],aborted:null};try{
record.created=await client.createRun(actors.runner,workflowFor(spine,policy))
;const runId=record.runId=record.created.run_id;const gate=record.created.gate
;if(record.created.status==="paused"&&gate?.status==="pending"){
record.approved=await client.decideGate(actors.reviewer,runId,gate.gate_id,"approved",`PT-004 test ${spec.name}: reviewed by a person other than the run's creator`)
;await client.resume(actors.runner,runId)}record.final=await client.getRun(actors.observer,runId)
;record.log=await client.logs(actors.observer,runId)
;record.creator=record.log.find(line=>line.event==="run.created")?.actor??record.creator}catch(err){
if(!(err instanceof ApiCallFailed))throw err;record.aborted=err.message}return record}
function testSpecs(workflowsDir,overrides){return TEST_NAMES.map(name=>{
const policyFile=overrides[name]??external_node_path_.join(workflowsDir,DEFAULT_POLICIES[name])
;const policy=readJsonFile(policyFile,`the policy of test ${name}`);return{name:name,title:TEST_TITLES[name],
policyFile:policyFile,policy:policy}})}var external_node_child_process_=__webpack_require__(31421)
;var external_node_crypto_=__webpack_require__(77598);var external_node_events_=__webpack_require__(78474)
;class ProofServerError extends errors._{constructor(message){super("PROOF_SERVER",message,1)}}
const credential=actor=>({actor:actor,token:(0,external_node_crypto_.randomBytes)(24).toString("hex")})
;function proofActors(){return{observer:credential("pt004-observer"),runner:credential("pt004-runner"),
reviewer:credential("pt004-reviewer")}}const STARTUP_MS=3e4;const SHUTDOWN_MS=15e3;async function startServer(options){
const actors=proofActors()
;const tokensDir=external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(),"awo-proof-tokens-"))
;const tokensFile=external_node_path_.join(tokensDir,"tokens.json")
;external_node_fs_.writeFileSync(tokensFile,JSON.stringify({tokens:[{...actors.observer,scopes:["read"]},{
...actors.runner,scopes:["read","run"]},{...actors.reviewer,scopes:["read","review"]}]}),{mode:384});const child=(0,
external_node_child_process_.spawn)(process.execPath,[options.cliPath,"serve","--port","0","--host","127.0.0.1","--runs-dir",options.runsDir,"--tokens",tokensFile,"--workflows-dir",options.workflowsDir,"--backend","echo"],{
env:options.env,stdio:["ignore","pipe","pipe"]});let stderr="";child.stderr?.setEncoding("utf8").on("data",chunk=>{
stderr=(stderr+chunk).slice(-2e4)});const cleanup=()=>external_node_fs_.rmSync(tokensDir,{recursive:true,force:true})
;let url;try{url=await listeningUrl(child,()=>stderr)}catch(err){await stopChild(child);cleanup();throw err}return{
url:url,actors:actors,log:()=>stderr,stop:async()=>{await stopChild(child);cleanup()}}}function listeningUrl(child,log){
return new Promise((resolve,reject)=>{let stdout="";const fail=why=>{clearTimeout(timer)
;reject(new ProofServerError(`awo serve ${why}${log()?`; its log:\n${log().trim()}`:""}`))}
;const timer=setTimeout(()=>fail(`printed no "listening on" line within ${STARTUP_MS/1e3} s`),STARTUP_MS)
;child.once("error",err=>fail(`could not be started: ${err.message}`))
;child.once("exit",(code,signal)=>fail(`exited (${signal??`code ${String(code)}`}) before listening`))
;child.stdout?.setEncoding("utf8").on("data",chunk=>{stdout+=chunk
;const match=/listening on (http:\/\/\S+)/.exec(stdout);if(match){clearTimeout(timer);child.removeAllListeners("exit")
;resolve(match[1])}})})}async function stopChild(child){if(child.exitCode!==null||child.signalCode!==null)return
;const exited=(0,external_node_events_.once)(child,"exit");child.kill("SIGTERM")
;const timer=setTimeout(()=>child.kill("SIGKILL"),SHUTDOWN_MS);try{await exited}finally{clearTimeout(timer)}}
const git=(args,cwd)=>(0,external_node_child_process_.execFileSync)("git",args,{cwd:cwd,encoding:"utf8",
stdio:["ignore","pipe","ignore"],timeout:1e4});function gitHead(cwd){let head;try{
head=git(["rev-parse","HEAD"],cwd).trim()}catch{return"unknown (not a git repository)"}try{
return git(["status","--porcelain","--untracked-files=no"],cwd).trim()===""?head:`${head}-dirty`}catch{
return`${head} (working tree state unknown)`}}function fileDigest(file){try{return(0,
hash.QN)(external_node_fs_.readFileSync(file))}catch(err){return`unknown (${err.message})`}}
const PROOF_DIR="PT-004_workflow_orchestration";const REPORT_FILE="PT-004_workflow_orchestration_PROOF_REPORT.md"
;function spineSteps(spine,file){const steps=spine.steps
;if(!Array.isArray(steps)||steps.length===0)throw new errors.dz(`${file}: steps must be a non-empty array`)
;return steps.map((step,i)=>{const{id:id,type:type}=step??{}
;if(typeof id!=="string")throw new errors.dz(`${file}: steps[${i}].id must be a string for the proof`);return{id:id,
type:typeof type==="string"?type:null}})}async function driveAll(options,runsDir,spine,specs){
const started=options.server?null:await startServer({cliPath:options.cliPath,runsDir:runsDir,
workflowsDir:options.workflowsDir,env:options.env});const url=options.server?.url??started.url
;const actors=options.server?.actors??started.actors;if(started)options.log(`awo proof: started awo serve at ${url}`)
;const client=new GovernanceClient(url);const runs=[];try{for(const spec of specs){
const run=await driveTest(client,actors,spec,spine)
;options.log(`awo proof: test ${spec.name}: run ${run.runId??"(none)"} ${run.final?.status??run.aborted??""}`)
;runs.push(run)}}finally{await(started?.stop())}return{runs:runs,client:client,url:url,actors:actors}}
async function provePt004(options){const spineFile=external_node_path_.join(options.workflowsDir,SPINE_FILE)
;const spine=readJsonFile(spineFile,"the PT-004 workflow");const steps=spineSteps(spine,spineFile)
;const specs=testSpecs(options.workflowsDir,options.policies)
;const proofDir=external_node_path_.join(options.outDir,PROOF_DIR)
;const receiptsDir=external_node_path_.join(proofDir,"receipts");const ownRuns=options.runsDir===null
;const runsDir=options.runsDir??external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(),"awo-proof-runs-"))
;try{const{runs:runs,client:client,url:url,actors:actors}=await driveAll(options,runsDir,spine,specs)
;external_node_fs_.rmSync(receiptsDir,{recursive:true,force:true});const tests=[];const outcomes={}
;for(const run of runs){const dir=external_node_path_.join(receiptsDir,`test-${run.spec.name}`)
;const evidence=run.runId?await collectEvidence(external_node_path_.join(runsDir,run.runId),dir):null
;outcomes[run.spec.name]={run:run,evidence:evidence};tests.push({name:run.spec.name,run:run,evidence:evidence,
receiptsDir:external_node_path_.relative(options.outDir,dir).split(external_node_path_.sep).join("/"),
policyPath:shown(options.cwd,run.spec.policyFile)})}
const list=expectations(outcomes,steps,options.server?null:actors.reviewer.actor);const facts={
generatedAt:(new Date).toISOString(),gitSha:gitHead(options.cwd),cli:{path:shown(options.cwd,options.cliPath),
sha256:fileDigest(options.cliPath)},containerImage:options.imageDigest,toolVersion:version.w,
nodeVersion:process.version,server:{url:url,started:options.server===null},
actors:recordedActors(actors,runs,options.server!==null),workflow:{path:shown(options.cwd,spineFile),
sha256:fileDigest(spineFile)},tests:tests,expectations:list,calls:client.calls}
;external_node_fs_.mkdirSync(options.outDir,{recursive:true})
;const reportPath=external_node_path_.join(options.outDir,REPORT_FILE)
;external_node_fs_.writeFileSync(reportPath,renderReport(facts,TEST_TITLES))
;const{pass:pass,firstUnmet:firstUnmet}=verdictOf(list);return{pass:pass,firstUnmet:firstUnmet,reportPath:reportPath,
receiptsDir:receiptsDir,expectations:list}}finally{if(ownRuns)external_node_fs_.rmSync(runsDir,{recursive:true,
force:true})}}function shown(cwd,file){const rel=external_node_path_.relative(cwd,file)
;return rel.startsWith("..")||external_node_path_.isAbsolute(rel)?file:rel.split(external_node_path_.sep).join("/")}
function recordedActors(actors,runs,given){if(!given)return{observer:actors.observer.actor,runner:actors.runner.actor,
reviewer:actors.reviewer.actor}
;const as=(label,recorded)=>recorded&&recorded!==label?`${label}, recorded as ${recorded}`:label
;const reviewer=runs.flatMap(run=>run.final?.gates??[]).find(gate=>gate.resolution)?.resolution?.actor;return{
observer:actors.observer.actor,runner:as(actors.runner.actor,runs.find(run=>run.runId)?.creator),
reviewer:as(actors.reviewer.actor,reviewer)}}function givenActors(runner,reviewer,observer){const as=(actor,token)=>({
actor:actor,token:token});return{runner:as("--token",runner),reviewer:as("--reviewer-token",reviewer),
observer:as(observer?"--observer-token":"--token",observer??runner)}}var cli_arguments=__webpack_require__(11506)
;const usage=`usage: awo proof pt004 [--out REPORT/PROOFS] [--runs-dir DIR] [--workflows-dir workflows]\n                       [--server URL --token T --reviewer-token R [--observer-token O] --runs-dir DIR]\n                       [--image-digest sha256:<hex>] [--policy A|B|C=FILE]\n\nProduces the PT-004 proof: tests A (all allowed -> COMPLETED), B (flag -> PAUSED -> a reviewer approves ->\nresume -> COMPLETED) and C (deny -> FAILED, no further step) run the workflow pt004_execution_spine.json\nthrough the governance HTTP API. By default it starts \`awo serve\` on a free 127.0.0.1 port with a temporary\ntokens file (an observer, a runner and a reviewer) and stops it at the end; --server drives a running\nserver instead (its runs must be readable under --runs-dir). Every run is verified as \`awo verify\` does\nand packed as \`awo pack\` does. Writes OUT/PT-004_workflow_orchestration/receipts/test-{A,B,C}/ and\nOUT/PT-004_workflow_orchestration_PROOF_REPORT.md.\n\n  --out DIR             where the report and the receipts go (default REPORT/PROOFS)\n  --runs-dir DIR        where the runs are written (default: a temporary folder, removed afterwards)\n  --workflows-dir DIR   holds pt004_execution_spine.json and policies/ (default workflows)\n  --image-digest D      the container image's digest, recorded beside the cli.js digest\n  --policy X=FILE       run test X under another policy file (to check the proof can fail)\n  --token, --reviewer-token, --observer-token may also come from AWO_PROOF_TOKEN, AWO_PROOF_REVIEWER_TOKEN\n  and AWO_PROOF_OBSERVER_TOKEN. Tokens are never written to the report or the receipts.\n\nExit 0 when every expectation holds (PASS), 1 naming the first unmet one (FAIL), 2 for a usage error.`
;function policyOverrides(values,cwd){const out={};for(const value of values??[]){
const match=/^([ABC])=(.+)$/.exec(value)
;if(!match)throw new errors.dz(`--policy must be A=FILE, B=FILE or C=FILE, got "${value}"\n${usage}`)
;out[match[1]]=external_node_path_.resolve(cwd,match[2])}return out}const command={name:"proof",
summary:"produce the PT-004 proof report and receipts through the API",usage:usage,async run(args,io){
const{values:values,positionals:positionals}=(0,cli_arguments.q)(args,{out:{type:"string"},"runs-dir":{type:"string"},
"workflows-dir":{type:"string"},server:{type:"string"},token:{type:"string"},"reviewer-token":{type:"string"},
"observer-token":{type:"string"},"image-digest":{type:"string"},policy:{type:"string",multiple:true}},usage)
;if(values.help)return io.out(usage),0
;if(positionals.length!==1||positionals[0]!=="pt004")throw new errors.dz(`awo proof knows one proof: pt004\n${usage}`)
;values.token??=io.env.AWO_PROOF_TOKEN;values["reviewer-token"]??=io.env.AWO_PROOF_REVIEWER_TOKEN
;values["observer-token"]??=io.env.AWO_PROOF_OBSERVER_TOKEN;const given=values.server!==undefined
;if(given&&(!values.token||!values["reviewer-token"]||!values["runs-dir"]))throw new errors.dz(`--server needs --token (read and run scopes), --reviewer-token (review) and --runs-dir (the server's runs folder)\n${usage}`)
;if(!given&&(values.token||values["reviewer-token"]||values["observer-token"]))throw new errors.dz(`--token, --reviewer-token and --observer-token apply only with --server\n${usage}`)
;if(given&&!/^https?:\/\/[^/]+/.test(values.server??""))throw new errors.dz(`--server must be an http:// or https:// URL, got "${values.server}"\n${usage}`)
;const digest=values["image-digest"]
;if(digest!==undefined&&!(0,hash.Bc)(digest))throw new errors.dz(`--image-digest must be sha256:<64 lowercase hex>, got "${digest}"`)
;const cliPath=external_node_fs_.realpathSync(process.argv[1]??"");const result=await provePt004({
outDir:external_node_path_.resolve(io.cwd,values.out??"REPORT/PROOFS"),
workflowsDir:external_node_path_.resolve(io.cwd,values["workflows-dir"]??"workflows"),
runsDir:values["runs-dir"]?external_node_path_.resolve(io.cwd,values["runs-dir"]):null,server:given?{url:values.server,
actors:givenActors(values.token,values["reviewer-token"],values["observer-token"])}:null,cliPath:cliPath,
imageDigest:digest??null,policies:policyOverrides(values.policy,io.cwd),env:io.env,cwd:io.cwd,log:line=>io.err(line)})
;io.out(result.reportPath);io.out(result.receiptsDir);if(result.pass){
io.out(`PASS: all ${result.expectations.length} expectations of tests ${TEST_NAMES.join(", ")} hold`);return 0}
const unmet=result.firstUnmet
;io.out(`FAIL: test ${unmet?.test??"?"}: ${unmet?.id??""}: ${unmet?.text??"no expectation was checked"} (${unmet?.evidence??""})`)
;return 1}}}};
