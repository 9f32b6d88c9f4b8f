export const id=171;export const ids=[171];export const modules={
46171:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command})
;var _core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(67796)
;var _core_self_approval_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(66957)
;var _core_run_state_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(28298)
;var _store_run_reading_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(92086)
;var _arguments_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(11506)
;const usage=`usage: awo status <run folder> [--json]\n\nPrints the run's status, its pending gate and each step's state, as the run's last stop sealed them (read from\nthe sealed files, not re-derived from every audit line: \`awo verify\` checks that the folder still holds what\nwas sealed). Changes nothing.`
;const command={name:"status",summary:"show a run's status, gate and steps",usage:usage,async run(args,io){
const{values:values,positionals:positionals}=(0,_arguments_js__WEBPACK_IMPORTED_MODULE_4__.q)(args,{json:{type:"boolean"
}},usage);if(values.help)return io.out(usage),0
;const{state:state}=await(0,_store_run_reading_js__WEBPACK_IMPORTED_MODULE_3__.x)((0,
_arguments_js__WEBPACK_IMPORTED_MODULE_4__.P)(positionals,"run folder",usage));const gate=(0,
_core_run_state_js__WEBPACK_IMPORTED_MODULE_2__.dk)(state)
;const steps=(0,_core_run_state_js__WEBPACK_IMPORTED_MODULE_2__.BC)(state);if(values.json){io.out(JSON.stringify({
run_id:state.run_id,status:state.status,failure:state.failure,gate:gate??null,steps:steps},null,2));return 0}
const lines=[`${state.run_id}: ${state.status}${state.failure?` (${(0,
_core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__.jg)(state.failure.reason)})`:""}`];if(gate){const r=gate.resolution
;const grant=r?(0,_core_self_approval_js__WEBPACK_IMPORTED_MODULE_1__.yj)(r):undefined
;lines.push(`gate ${gate.gate_id} (step ${gate.step_id}): ${gate.status}${r?` by ${(0,
_core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__.jg)(r.actor)} at ${(0,
_core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__.jg)(r.at)}`:""}${grant!==undefined?` (self-approval, allowed by ${(0,
_core_actor_name_js__WEBPACK_IMPORTED_MODULE_0__.jg)(grant)})`:""}`)}
for(const step of steps)lines.push(`  ${step.step_id.padEnd(24)} ${step.op.padEnd(11)} ${step.status.padEnd(9)} ${step.decision?.decision??""}`)
;io.out(lines.join("\n"));return 0}}},92086:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{x:()=>readRunState});var audit_chain=__webpack_require__(34860)
;var errors=__webpack_require__(74296);var hash=__webpack_require__(42605);var receipts=__webpack_require__(16598)
;var json_equal=__webpack_require__(35692);var run_files=__webpack_require__(1912)
;var utf8_text=__webpack_require__(87842);const TAIL_BYTES=64*1024;function readSealedState(store){try{
return stateFromStopFiles(store)}catch{return undefined}}function stateFromStopFiles(store){
const manifest=store.read(run_files.h1);const receiptBytes=store.read(run_files.db)
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
;var run_store=__webpack_require__(86380);async function readRunState(runDir){const dir=(0,run_folder.Zy)(runDir)
;const sealed=readSealedState(new run_store.q(dir));if(sealed)return sealed
;const run=(await Promise.all([__webpack_require__.e(436),__webpack_require__.e(392)]).then(__webpack_require__.bind(__webpack_require__,8392))).openReadOnly(dir)
;return{state:run.journal.state,input:run.input}}}};
