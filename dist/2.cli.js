export const id=2;export const ids=[2];export const modules={
42002:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command});var external_node_fs_=__webpack_require__(73024)
;var external_node_os_=__webpack_require__(48161);var external_node_path_=__webpack_require__(76760)
;var interrupt_cleanup=__webpack_require__(18007);var read_input_file=__webpack_require__(10047)
;var utf8_text=__webpack_require__(87842);var safe_extract=__webpack_require__(48038)
;var verify_bundle=__webpack_require__(43458);function readJson(file){try{return JSON.parse((0,utf8_text._6)((0,
read_input_file.jH)(file,"file"),file))}catch{return undefined}}const isObject=v=>typeof v==="object"&&v!==null
;function firstDifference(a,b,at="$"){if(isObject(a)&&isObject(b)&&Array.isArray(a)===Array.isArray(b)){
const keys=[...new Set([...Object.keys(a),...Object.keys(b)])].sort();for(const key of keys){
const child=Array.isArray(a)?`${at}[${key}]`:`${at}.${key}`;const found=firstDifference(a[key],b[key],child)
;if(found)return found}return undefined}if(JSON.stringify(a)===JSON.stringify(b))return undefined
;const show=v=>v===undefined?"(absent)":JSON.stringify(v).slice(0,120);return`${at}: ${show(a)} → ${show(b)}`}
function withoutAttempts(output){if(!isObject(output)||!Array.isArray(output.calls))return output;return{...output,
calls:output.calls.map(call=>{if(!isObject(call))return call;const rest={...call};delete rest.attempts;return rest})}}
function replaysDecision(original,replayed){
if(!isObject(original)||!isObject(replayed)||typeof original.gate_id!=="string")return false
;const details=isObject(replayed.details)?replayed.details:{};const first=isObject(details.replayed)?details.replayed:{}
;const approvers=output=>isObject(output.details)?output.details.approvers:undefined
;return replayed.source==="replay"&&first.at===original.at&&first.source===original.source&&["gate_id","decision","actor","comment"].every(field=>original[field]===replayed[field])&&JSON.stringify(approvers(original))===JSON.stringify(approvers(replayed))
}function stepIds(runDir){const input=readJson(external_node_path_.join(runDir,"input.json"))
;if(!isObject(input)||!Array.isArray(input.steps))return[]
;return input.steps.map(step=>isObject(step)&&typeof step.id==="string"?step.id:undefined).filter(id=>id!==undefined)}
function compareRuns(originalDir,replayDir){const results=[];for(const id of stepIds(originalDir)){
const receipt=readJson(external_node_path_.join(originalDir,"receipts","steps",`${id}.json`))
;if(!isObject(receipt)||typeof receipt.output_hash!=="string")continue
;const replayReceipt=readJson(external_node_path_.join(replayDir,"receipts","steps",`${id}.json`))
;const original=receipt.output_hash
;const replayed=isObject(replayReceipt)&&typeof replayReceipt.output_hash==="string"?replayReceipt.output_hash:null
;if(replayed===null){results.push({step_id:id,verdict:"missing",original:original,replayed:replayed});continue}
if(replayed===original){results.push({step_id:id,verdict:"match",original:original,replayed:replayed});continue}
const a=readJson(external_node_path_.join(originalDir,"outputs",`${id}.json`))
;const b=readJson(external_node_path_.join(replayDir,"outputs",`${id}.json`));const outA=isObject(a)?a.output:undefined
;const outB=isObject(b)?b.output:undefined
;const difference=firstDifference(withoutAttempts(outA),withoutAttempts(outB),"$.output")
;if(replaysDecision(outA,outB)){results.push({step_id:id,verdict:"replayed-decision",original:original,replayed:replayed
})}else if(difference===undefined&&outA!==undefined){results.push({step_id:id,verdict:"match-except-attempts",
original:original,replayed:replayed,difference:firstDifference(outA,outB,"$.output")})}else{results.push({step_id:id,
verdict:"mismatch",original:original,replayed:replayed,difference:difference??"outputs unreadable"})}}return results}
var replay=__webpack_require__(78310);var errors=__webpack_require__(74296);var gate_rules=__webpack_require__(44386)
;var run_service=__webpack_require__(8392);var shard_verify=__webpack_require__(13351)
;var cli_arguments=__webpack_require__(11506);var options=__webpack_require__(97562)
;const usage=`usage: awo replay <run folder | bundle.tar.gz> [--runs-dir DIR] [--sha256 HEX] [--actor NAME]\n\nRe-executes a recorded run with the replay backend: every model call is answered from the recording\n(same prompt and params), each gate is decided by replaying the original's decision (recorded with\nsource replay, at the replay's time, naming the original's), and each step's output hash is compared\nwith the original's. Writes the new run under --runs-dir (default: a fresh temporary folder).\nA bundle is verified first, as awo verify does: one that does not verify is refused and not replayed.\nExit codes: 0 every output hash matches, 1 a step differs or could not be replayed, 2 invalid input.\n\n  --sha256 HEX   for a bundle: check its digest before reading anything inside it`
;const replay_isObject=v=>typeof v==="object"&&v!==null;function replay_readJson(file){try{return JSON.parse((0,
utf8_text._6)((0,read_input_file.jH)(file,"file"),file))}catch(err){
throw new errors.m_(`cannot read ${file}: ${err.message}`)}}const tmpRoot=io=>io.env.TMPDIR||external_node_os_.tmpdir()
;function originalResolution(runDir,gateId){const file=external_node_path_.join(runDir,"audit","gates",`${gateId}.json`)
;if(!external_node_fs_.existsSync(file))return undefined;const gate=replay_readJson(file)
;const resolution=replay_isObject(gate)?gate.resolution:undefined
;return replay_isObject(resolution)&&(resolution.decision==="approved"||resolution.decision==="rejected")?resolution:undefined
}function replayedDecision(resolution,originalRunId){const approvers=resolution.details?.approvers;return{
decision:resolution.decision,actor:resolution.actor,comment:resolution.comment,source:gate_rules.y$,details:{
...approvers===undefined?{}:{approvers:approvers},replayed:{run_id:originalRunId,at:resolution.at,
source:resolution.source}}}}const command={name:"replay",
summary:"re-execute a run from its recorded answers and check every output hash matches",usage:usage,async run(args,io){
const{values:values,positionals:positionals}=(0,cli_arguments.q)(args,{"runs-dir":{type:"string"},sha256:{type:"string"
},actor:{type:"string"}},usage);if(values.help)return io.out(usage),0
;const target=external_node_path_.resolve(io.cwd,(0,cli_arguments.P)(positionals,"run folder or bundle",usage))
;const source=(0,replay.nL)(target);if(source.kind==="folder"){
if(values.sha256!==undefined)throw new errors.dz(`--sha256 applies to bundles; ${target} is a folder\n${usage}`)
;return replay_replay(source.runDir,source.runDir,values,io)}const verdict=await(0,verify_bundle.I)(source.bundlePath,{
expectedSha256:values.sha256,verifyFolder:run=>(0,shard_verify.Bw)(run),tmpDir:tmpRoot(io)})
;if(!verdict.ok)throw new errors.cs(`refused bundle ${source.bundlePath}: it does not verify (${verdict.message??"mismatch"}); nothing was replayed`,source.bundlePath)
;const into=external_node_fs_.mkdtempSync(external_node_path_.join(tmpRoot(io),"awo-replay-source-"));const release=(0,
interrupt_cleanup.n)(()=>external_node_fs_.rmSync(into,{recursive:true,force:true}));try{const{runDir:runDir}=await(0,
safe_extract.zq)(source.bundlePath,into,{expectedSha256:verdict.sha256})
;return await replay_replay(runDir,source.bundlePath,values,io)}finally{external_node_fs_.rmSync(into,{recursive:true,
force:true});release()}}};async function replay_replay(originalDir,shownAs,values,io){
const snapshot=external_node_path_.join(originalDir,"workflow.snapshot.json")
;if(!external_node_fs_.existsSync(snapshot))throw new errors.m_(`${originalDir} has no workflow.snapshot.json: not a run folder`)
;const input=replay_readJson(external_node_path_.join(originalDir,"input.json"))
;const policy=replay_isObject(input)&&replay_isObject(input.policy)?input.policy.document:undefined
;const originalRunId=replay_isObject(input)&&typeof input.run_id==="string"?input.run_id:shownAs
;const workDir=external_node_fs_.mkdtempSync(external_node_path_.join(tmpRoot(io),"awo-replay-"))
;const keep=values["runs-dir"]===undefined
;const release=keep?()=>{}:(0,interrupt_cleanup.n)(()=>external_node_fs_.rmSync(workDir,{recursive:true,force:true}))
;try{const workflowPath=external_node_path_.join(workDir,"workflow.json")
;external_node_fs_.writeFileSync(workflowPath,(0,read_input_file.jH)(snapshot,"workflow snapshot"));let policyPath
;if(policy!==undefined){policyPath=external_node_path_.join(workDir,"policy.json")
;external_node_fs_.writeFileSync(policyPath,JSON.stringify(policy,null,2))}
const runsDir=values["runs-dir"]!==undefined?external_node_path_.resolve(io.cwd,values["runs-dir"]):external_node_path_.join(workDir,"runs")
;const session={backend:(0,replay._r)({kind:"folder",runDir:originalDir}),
actor:values.actor===undefined?"awo-replay":(0,options.dn)(values,io),env:io.env,cwd:workDir,gateContext:{
channel:gate_rules.y$,replay_of:originalRunId}};let outcome=await(0,run_service.startRun)({...session,
workflowPath:workflowPath,runsDir:runsDir,...policyPath?{policyPath:policyPath}:{}})
;for(let guard=0;outcome.status==="paused"&&outcome.gate&&guard<1e3;guard+=1){
const resolution=originalResolution(originalDir,outcome.gate.gate_id);if(!resolution)break;outcome=await(0,
run_service.decideGate)(outcome.runDir,replayedDecision(resolution,originalRunId),session)
;if(resolution.decision!=="approved"||outcome.status!=="paused")break;outcome=await(0,
run_service.continueRun)(outcome.runDir,"resume",session)}io.out(`original: ${shownAs}`)
;io.out(`replay:   ${outcome.runDir} (${outcome.status})`)
;if(outcome.failure)io.err(`replay run ${outcome.status}: ${outcome.failure.reason}`)
;const steps=compareRuns(originalDir,outcome.runDir);for(const step of steps){switch(step.verdict){case"match":
io.out(`match      ${step.step_id}  ${step.original}`);break;case"match-except-attempts":
io.out(`match      ${step.step_id}  same answers; output hash differs only in retry counts (${step.difference})`);break
;case"replayed-decision":io.out(`match      ${step.step_id}  the original's decision, replayed (source replay)`);break
;case"missing":io.out(`MISSING    ${step.step_id}  the replay did not complete this step (original ${step.original})`)
;break;case"mismatch":
io.out(`MISMATCH   ${step.step_id}  original ${step.original}, replay ${step.replayed}; first difference ${step.difference}`)
}}const bad=steps.filter(s=>s.verdict==="mismatch"||s.verdict==="missing");if(bad.length>0){
io.err(`not reproducible: ${bad.map(s=>`step ${s.step_id} ${s.verdict==="missing"?"not replayed":"differs"}`).join(", ")}`)
;return 1}io.err(`reproducible: ${steps.length} of ${steps.length} step outputs match the original`);return 0}finally{
if(!keep)external_node_fs_.rmSync(workDir,{recursive:true,force:true});release()}}}};
