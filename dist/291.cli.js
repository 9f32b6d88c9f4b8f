export const id=291;export const ids=[291];export const modules={
9075:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
HN:()=>writeManifest,K7:()=>checkManifest,P7:()=>checkManifestText,ir:()=>MANIFEST_NAME})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var node_crypto__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(77598)
;var node_crypto__WEBPACK_IMPORTED_MODULE_2___default=__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(74296)
;var _store_read_input_file_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(10047)
;var _core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_9__=__webpack_require__(148)
;var _run_tree_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(99562)
;var _core_utf8_text_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(87842)
;var _core_run_files_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(1912)
;var _entry_admission_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(54868);const MANIFEST_NAME="SHA256SUMS.txt"
;const PARTIAL_NAME=`.${MANIFEST_NAME}.partial`;const HEX=/^[0-9a-f]{64}$/;const CHUNK=1<<20
;function hashFileSync(file,buffer=Buffer.allocUnsafe(CHUNK)){
const hash=(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)("sha256")
;const fd=node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file,node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY|(node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW??0))
;try{for(;;){const n=node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd,buffer,0,buffer.length,null);if(n===0)break
;hash.update(buffer.subarray(0,n))}}finally{node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}return hash.digest("hex")
}function manifestLine(hex,rel){if(!rel.includes("\\"))return`${hex}  ./${rel}\n`
;return`\\${hex}  ./${rel.replaceAll("\\","\\\\")}\n`}function hexOf(value){
const hex=value.startsWith("sha256:")?value.slice("sha256:".length):value;return HEX.test(hex)?hex:undefined}
function knownHex(value,rel){const hex=hexOf(value)
;if(hex===undefined)throw new TypeError(`known digest for ${rel} is not a SHA-256: ${value}`);return hex}
function writeManifest(runDir,knownDigests,files){
node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,PARTIAL_NAME),{force:true
});const buffer=Buffer.allocUnsafe(CHUNK);let text="";for(const rel of files??(0,
_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.ty)(runDir)){if(rel===MANIFEST_NAME||rel===PARTIAL_NAME)continue;if(files&&(0,
_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.Et)(rel))throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.cs(`${JSON.stringify(rel)}: a file name with a control character`,rel)
;const known=knownDigests?.get(rel)
;const hex=known===undefined?hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,rel),buffer):knownHex(known,rel)
;text+=manifestLine(hex,rel)}const partial=node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,PARTIAL_NAME)
;node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(partial,text,{mode:420})
;node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(partial,node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,MANIFEST_NAME))
}const unreadableInLine=rel=>rel===""||(0,_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.Et)(rel)||/[\u2028\u2029]/.test(rel)
;function manifestText(digests){let text=""
;for(const rel of(0,_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_9__.lP)([...digests.keys()])){
if(rel===MANIFEST_NAME)continue;const hex=hexOf(digests.get(rel))
;if(hex===undefined||unreadableInLine(rel))return undefined;text+=manifestLine(hex,rel)}return text}
function parseManifest(text){if(text.length>0&&!text.endsWith("\n")){return{where:MANIFEST_NAME,
message:`${MANIFEST_NAME} does not end with a newline (truncated?)`}}const lines=text.split("\n");lines.pop()
;const listed=[];for(const[index,line]of lines.entries()){const where=`${MANIFEST_NAME}:${index+1}`
;if(line.length>70+2*_entry_admission_js__WEBPACK_IMPORTED_MODULE_8__.PR)return{where:where,
message:`${where}: longer than any line listing a path of a run`};const m=/^(\\?)([0-9a-f]{64}) {2}\.\/(.+)$/.exec(line)
;if(!m){return{where:where,message:`${where}: expected "<64 lowercase hex>  ./<path>", found ${JSON.stringify(line)}`}}
const rel=m[1]==="\\"?m[3].replace(/\\(.)/g,(_,c)=>c==="n"?"\n":c):m[3];const previous=listed.at(-1);if(previous&&(0,
_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_9__.GV)(previous.rel,rel)>=0){return{where:where,
message:`${where}: ${JSON.stringify(rel)} is out of bytewise order or listed twice`}}if(rel===MANIFEST_NAME)return{
where:where,message:`${where}: the manifest must not list itself`};listed.push({hex:m[2],rel:rel})}return listed}
function checkManifest(runDir,knownDigests,complete=knownDigests!==undefined){let text
;const file=node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,MANIFEST_NAME)
;if(!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))return{ok:false,where:MANIFEST_NAME,
message:`${MANIFEST_NAME} is missing from ${runDir}`};try{
text=(0,_core_utf8_text_js__WEBPACK_IMPORTED_MODULE_6__.Hp)((0,
_store_read_input_file_js__WEBPACK_IMPORTED_MODULE_4__.jH)(file,"manifest",{
maxBytes:_store_read_input_file_js__WEBPACK_IMPORTED_MODULE_4__.Qc}))}catch(err){return{ok:false,where:MANIFEST_NAME,
message:(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__.bD)(err)}}
if(complete&&knownDigests&&text===manifestText(knownDigests))return{ok:true};let present;try{
present=complete&&knownDigests?[...knownDigests.keys()]:(0,_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.ty)(runDir)
}catch(err){if(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.cs)return{ok:false,where:err.where,
message:err.message};throw err}
const tooLong=(0,_core_run_files_js__WEBPACK_IMPORTED_MODULE_7__.GW)(Buffer.byteLength(text),present);if(tooLong)return{
ok:false,where:MANIFEST_NAME,message:`${MANIFEST_NAME} ${tooLong}`};const buffer=Buffer.allocUnsafe(CHUNK)
;return checkManifestText(text,present,rel=>{const known=knownDigests?.get(rel)
;return known===undefined?hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,rel),buffer):knownHex(known,rel)
})}function checkManifestText(text,files,digestOf){const listed=parseManifest(text);if(!Array.isArray(listed))return{
ok:false,...listed}
;const present=(0,_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_9__.lP)(files.filter(rel=>rel!==MANIFEST_NAME))
;let i=0;let j=0;while(i<listed.length||j<present.length){const order=i>=listed.length?1:j>=present.length?-1:(0,
_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_9__.GV)(listed[i].rel,present[j]);if(order<0){const rel=listed[i].rel
;return{ok:false,where:rel,message:`${rel}: listed in ${MANIFEST_NAME} but missing`}}if(order>0){const rel=present[j]
;return{ok:false,where:rel,message:`${rel}: present but not listed in ${MANIFEST_NAME}`}}
const{rel:rel,hex:hex}=listed[i];const found=digestOf(rel);if(found!==hex){return{ok:false,where:rel,
message:`${rel}: content does not match ${MANIFEST_NAME} (listed ${hex}, found ${found})`}}i+=1;j+=1}return{ok:true}}},
34860:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
A6:()=>isEngineTime,Cm:()=>chainLine,H5:()=>verifyChain,QZ:()=>AUDIT_EVENTS,bd:()=>AUDIT_LOG,hv:()=>lineHashHolds,
jX:()=>isStop});var _text_lines_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(14594)
;var _hash_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(42605)
;var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(19033);const AUDIT_LOG="audit/log.jsonl"
;const AUDIT_EVENTS=new Set(["run.created","run.status","run.recovered","step.started","policy.decision","step.retry","step.completed","step.failed","step.denied","gate.requested","gate.resolved","shards.merged"])
;function isEngineTime(value){
return typeof value==="string"&&/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)&&!Number.isNaN(Date.parse(value))
}const STOPPED=new Set(["paused","completed","failed","rejected"]);function isStop(line){
return line.event==="run.status"&&STOPPED.has(String(line.details?.status))}function chainLine(entry,link){const body={
seq:link.seq+1,ts:link.ts,run_id:link.runId,...entry,prev_hash:link.head};return{...body,hash:(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)}}function lineHashHolds(line){const{hash:hash,...body}=line;return(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.Bc)(hash)&&(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)===hash}
function verifyChain(text,genesis,runId){const torn=!text.endsWith("\n")&&text!=="";const raw=[];const lines=[]
;let head=genesis;for(const json of(0,_text_lines_js__WEBPACK_IMPORTED_MODULE_2__.f)(text)){const i=raw.push(json)-1
;const number=i+1;let line;try{line=JSON.parse(raw[i])}catch{return{ok:false,line:number,message:"is not valid JSON",
lines:lines}}if(line===null||typeof line!=="object"||Array.isArray(line))return{ok:false,line:number,
message:"is not an object",lines:lines}
;if((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(line,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__.h4))return{
ok:false,line:number,message:`nests deeper than ${_json_depth_js__WEBPACK_IMPORTED_MODULE_1__.h4} levels`,lines:lines}
;if(JSON.stringify(line)!==raw[i])return{ok:false,line:number,
message:"is not in the form the writer produces (a duplicate key, or an escape, spacing or field order it never writes)",
lines:lines};if(line.seq!==number)return{ok:false,line:number,
message:`has seq ${String(line.seq)}, expected ${number} (a line was removed, added or reordered)`,lines:lines}
;if(line.run_id!==runId)return{ok:false,line:number,message:`names run ${String(line.run_id)}, expected ${runId}`,
lines:lines};if(line.prev_hash!==head)return{ok:false,line:number,
message:`prev_hash does not link to ${number===1?"the lock snapshot hash":`line ${number-1}`}`,lines:lines}
;if(!lineHashHolds(line))return{ok:false,line:number,message:"hash does not match the line content",lines:lines}
;lines.push(line);head=line.hash}return{ok:true,lines:lines,texts:raw,head:head,torn:torn}}},
19033:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
DI:()=>tooDeep,KX:()=>MAX_JSON_DEPTH,h4:()=>MAX_RECORD_DEPTH});const MAX_JSON_DEPTH=100
;const MAX_RECORD_DEPTH=2*MAX_JSON_DEPTH;function tooDeep(value,max=MAX_JSON_DEPTH){return deeperThan(value,max)}
function deeperThan(value,left){if(value===null||typeof value!=="object")return undefined;if(left<=0)return[]
;if(Array.isArray(value)){for(let i=0;i<value.length;i++){const found=deeperThan(value[i],left-1)
;if(found)return[i,...found]}return undefined}for(const key in value){if(!Object.hasOwn(value,key))continue
;const found=deeperThan(value[key],left-1);if(found)return[key,...found]}return undefined}},
1912:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
El:()=>SEAL,GW:()=>manifestTooLong,Hx:()=>LEFTOVER_TEMP,K6:()=>parseMembersBefore,Ng:()=>parseManifest,
VR:()=>METADATA_FILE,Y0:()=>lookupManifest,_Q:()=>OUTSIDE_EVIDENCE,c3:()=>parseObjectBefore,db:()=>WORKFLOW_RECEIPT,
h1:()=>MANIFEST_FILE,lj:()=>parseObject,oi:()=>INPUT_FILE})
;var _audit_chain_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(34860)
;var _bytewise_order_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(148)
;var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(19033)
;var _utf8_text_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(87842);const MANIFEST_FILE="SHA256SUMS.txt"
;const WORKFLOW_RECEIPT="receipts/workflow.json";const INPUT_FILE="input.json";const METADATA_FILE="metadata.json"
;const OUTSIDE_EVIDENCE=new Set([WORKFLOW_RECEIPT,MANIFEST_FILE,_audit_chain_js__WEBPACK_IMPORTED_MODULE_0__.bd])
;const SEAL=[MANIFEST_FILE,"report.md",WORKFLOW_RECEIPT]
;const LEFTOVER_TEMP=/^(?!artifacts\/).*\.tmp-\d+$|^\.SHA256SUMS\.txt\.partial$/
;const MANIFEST_LINE=/^([0-9a-f]{64}) {2}\.\/([^\\\n]+)$/;function parseObject(data){try{
const value=JSON.parse(typeof data==="string"?data:(0,_utf8_text_js__WEBPACK_IMPORTED_MODULE_2__.Hp)(data))
;const object=value!==null&&typeof value==="object"&&!Array.isArray(value);return object&&!(0,
_json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(value,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__.h4)?value:undefined
}catch{return undefined}}function parseObjectBefore(data,name){return parseMembersBefore(data,name)??parseObject(data)}
function parseMembersBefore(data,name){const marker=`,\n  ${JSON.stringify(name)}: `
;const cut=typeof data==="string"?data.indexOf(marker):Buffer.from(data.buffer,data.byteOffset,data.byteLength).indexOf(marker)
;if(cut===-1)return undefined;const head=typeof data==="string"?data.slice(0,cut):(0,
_utf8_text_js__WEBPACK_IMPORTED_MODULE_2__.Hp)(data.subarray(0,cut));return parseObject(`${head}\n}`)}
function parseManifest(text){if(!text.endsWith("\n"))return undefined;const out=new Map;let previous
;for(const line of text.slice(0,-1).split("\n")){const match=MANIFEST_LINE.exec(line)
;if(!match||match[2]===MANIFEST_FILE)return undefined;if(previous!==undefined&&(0,
_bytewise_order_js__WEBPACK_IMPORTED_MODULE_3__.GV)(previous,match[2])>=0)return undefined;previous=match[2]
;out.set(previous,`sha256:${match[1]}`)}return out}function longestManifest(files){let bytes=0
;for(const file of files)if(file!==MANIFEST_FILE)bytes+=70+2*Buffer.byteLength(file);return bytes}
function manifestTooLong(size,files){const most=longestManifest(files)
;return size>most?`is ${size} bytes, longer than a listing of the ${files.filter(f=>f!==MANIFEST_FILE).length} files beside it can be (${most} at most)`:undefined
}function lookupManifest(text){return{get(path){const tail=`  ./${path}\n`;const at=text.indexOf(tail)
;if(at<64||text.indexOf(tail,at+1)!==-1)return undefined;const line=text.slice(at-64,at+tail.length-1)
;const match=at===64||text[at-65]==="\n"?MANIFEST_LINE.exec(line):null
;return match?.[2]===path?`sha256:${match[1]}`:undefined},countUnder(folder){const mark=`  ./${folder}`;let count=0
;for(let at=text.indexOf(mark);at!==-1;at=text.indexOf(mark,at+mark.length))if(at===64||at>64&&text[at-65]==="\n")count++
;return count}}}},14594:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{f:()=>completeLines});function*completeLines(text){let start=0
;for(let end=text.indexOf("\n");end!==-1;end=text.indexOf("\n",start)){yield text.slice(start,end);start=end+1}}},
87842:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Hp:()=>utf8Text,_6:()=>decodeUtf8});var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;const decoder=new TextDecoder("utf-8",{fatal:true,ignoreBOM:true});function firstInvalidUtf8(bytes){let i=0
;while(i<bytes.length){const b=bytes[i];if(b<128){i++;continue}let need;let lower=128;let upper=191
;if(b>=194&&b<=223)need=1;else if(b>=224&&b<=239){need=2;if(b===224)lower=160;if(b===237)upper=159
}else if(b>=240&&b<=244){need=3;if(b===240)lower=144;if(b===244)upper=143}else return i;for(let k=1;k<=need;k++){
const next=bytes[i+k];if(next===undefined||next<lower||next>upper)return i;[lower,upper]=[128,191]}i+=need+1}
return undefined}function decodeUtf8(bytes,source){let text;try{text=decoder.decode(bytes)}catch{
const at=firstInvalidUtf8(bytes)??0
;const shown=Array.from(bytes.subarray(at,at+4),b=>b.toString(16).padStart(2,"0").toUpperCase())
;throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${source}: is not valid UTF-8 text: byte offset ${at} (bytes ${shown.join(" ")}) does not start a well-formed character; save the file as UTF-8`)
}return text.charCodeAt(0)===65279?text.slice(1):text}function utf8Text(bytes){
return Buffer.from(bytes.buffer,bytes.byteOffset,bytes.byteLength).toString("utf8")}},
39089:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
RR:()=>CREATING_PREFIX,UC:()=>RUN_ID,Zy:()=>requireRunFolder,kg:()=>createRunFolder,nl:()=>publishRunFolder})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296)
;var _make_folders_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(67383);function runIdFor(date){
return`run_${date.toISOString().slice(0,19).replace(/:/g,"-")}Z`}
const RUN_ID=/^run_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(?:-\d{1,4})?$/;const CREATING_PREFIX=".creating-"
;function createRunFolder(runsDir,date){
const enclosing=enclosingRunFolder(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir))
;if(enclosing)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`the runs folder ${runsDir} ${enclosing===node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir)?"is":"is inside"} the run folder ${enclosing}: a new run there would change that run's sealed evidence; give a runs folder outside it`)
;try{(0,_make_folders_js__WEBPACK_IMPORTED_MODULE_3__.w)(runsDir)}catch(err){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`cannot create runs folder ${runsDir}: ${err.message}`)}
const base=runIdFor(date);for(let n=1;n<1e4;n++){const runId=n===1?base:`${base}-${n}`
;const dir=node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir,runId)
;const creating=node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir,CREATING_PREFIX+runId)
;if(node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dir))continue;try{
node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(creating);return{runId:runId,dir:dir,creating:creating}}catch(err){
if(err.code!=="EEXIST")throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`cannot create run folder ${dir}: ${err.message}`)
}}throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`too many runs in ${runsDir} within one second`)}
function enclosingRunFolder(dir){for(let at=dir;;at=node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)){
if(node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at,"input.json"))&&node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at,"lock.snapshot.json")))return at
;if(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)===at)return undefined}}function publishRunFolder(folder){
node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(folder.creating,folder.dir)
;const parent=node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder.dir),"r")
;try{node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync(parent)}finally{
node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(parent)}}function requireRunFolder(dir){let resolved;let stat;try{
resolved=node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir))
;stat=node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(resolved)}catch{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`no run folder at ${dir}`)}
if(!stat.isDirectory())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`${dir} is not a folder; give a run folder (runs/run_...)`)
;if(!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(resolved,"input.json"))||!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(resolved,"lock.snapshot.json"))){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`${dir} is not a run folder: input.json or lock.snapshot.json is missing`)
}return resolved}}};
