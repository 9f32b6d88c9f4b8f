export const id=208;export const ids=[208];export const modules={
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
;var _core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(148)
;var _run_tree_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(99562)
;var _core_utf8_text_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(87842);const MANIFEST_NAME="SHA256SUMS.txt"
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
;for(const rel of(0,_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_7__.lP)([...digests.keys()])){
if(rel===MANIFEST_NAME)continue;const hex=hexOf(digests.get(rel))
;if(hex===undefined||unreadableInLine(rel))return undefined;text+=manifestLine(hex,rel)}return text}
function parseManifest(text){if(text.length>0&&!text.endsWith("\n")){return{where:MANIFEST_NAME,
message:`${MANIFEST_NAME} does not end with a newline (truncated?)`}}const lines=text.split("\n");lines.pop()
;const listed=[];for(const[index,line]of lines.entries()){const where=`${MANIFEST_NAME}:${index+1}`
;const m=/^(\\?)([0-9a-f]{64}) {2}\.\/(.+)$/.exec(line);if(!m){return{where:where,
message:`${where}: expected "<64 lowercase hex>  ./<path>", found ${JSON.stringify(line)}`}}
const rel=m[1]==="\\"?m[3].replace(/\\(.)/g,(_,c)=>c==="n"?"\n":c):m[3];const previous=listed.at(-1);if(previous&&(0,
_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_7__.GV)(previous.rel,rel)>=0){return{where:where,
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
message:err.message};throw err}const buffer=Buffer.allocUnsafe(CHUNK);return checkManifestText(text,present,rel=>{
const known=knownDigests?.get(rel)
;return known===undefined?hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,rel),buffer):knownHex(known,rel)
})}function checkManifestText(text,files,digestOf){const listed=parseManifest(text);if(!Array.isArray(listed))return{
ok:false,...listed}
;const present=(0,_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_7__.lP)(files.filter(rel=>rel!==MANIFEST_NAME))
;let i=0;let j=0;while(i<listed.length||j<present.length){const order=i>=listed.length?1:j>=present.length?-1:(0,
_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_7__.GV)(listed[i].rel,present[j]);if(order<0){const rel=listed[i].rel
;return{ok:false,where:rel,message:`${rel}: listed in ${MANIFEST_NAME} but missing`}}if(order>0){const rel=present[j]
;return{ok:false,where:rel,message:`${rel}: present but not listed in ${MANIFEST_NAME}`}}
const{rel:rel,hex:hex}=listed[i];const found=digestOf(rel);if(found!==hex){return{ok:false,where:rel,
message:`${rel}: content does not match ${MANIFEST_NAME} (listed ${hex}, found ${found})`}}i+=1;j+=1}return{ok:true}}},
99562:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Et:()=>hasControlChar,Tt:()=>foldersHolding,sE:()=>listRunTree,ty:()=>listRunFiles})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(148)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296);function foldersHolding(files){
const folders=new Set;for(const file of files){for(let at=file.lastIndexOf("/");at>0;at=file.lastIndexOf("/",at-1)){
const folder=file.slice(0,at);if(folders.has(folder))break;folders.add(folder)}}return folders}
function hasControlChar(name){for(let i=0;i<name.length;i++){const c=name.charCodeAt(i);if(c<32||c===127)return true}
return false}function kindOf(entry){if(entry.isSymbolicLink())return"a symbolic link";if(entry.isFIFO())return"a FIFO"
;if(entry.isCharacterDevice())return"a character device";if(entry.isBlockDevice())return"a block device"
;if(entry.isSocket())return"a socket";return"not a regular file or folder"}function listRunTree(runDir){
return walkRunTree(runDir)}function listRunFiles(runDir){return walkRunTree(runDir).files.map(f=>f.path)}
function namedAsIs(dir,name){const bytes=Buffer.from(name,"utf8")
;return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir,{encoding:"buffer"}).some(raw=>raw.equals(bytes))}
function walkRunTree(runDir){let top;try{top=node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(runDir)}catch{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`run folder not found: ${runDir}`)}
if(!top.isDirectory())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`not a run folder (not a directory): ${runDir}`)
;const files=[];const dirs=[];const pending=[""];while(pending.length>0){const rel=pending.pop()
;const abs=rel===""?runDir:node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,rel)
;for(const entry of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(abs,{withFileTypes:true})){
const childRel=rel===""?entry.name:`${rel}/${entry.name}`;if(hasControlChar(entry.name)){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`refused ${JSON.stringify(childRel)}: file names with control characters cannot be listed in SHA256SUMS.txt`,childRel)
}if(entry.name.includes("�")&&!namedAsIs(abs,entry.name)){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`refused ${JSON.stringify(childRel)}: its name is not valid UTF-8 (shown here with U+FFFD), so SHA256SUMS.txt cannot name it`,childRel)
}if(entry.isDirectory()){dirs.push(childRel);pending.push(childRel)}else if(entry.isFile()){files.push({path:childRel})
}else{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`refused ${JSON.stringify(childRel)}: it is ${kindOf(entry)}; a run folder may hold only regular files and folders`,childRel)
}}}(0,_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_3__.aZ)(files,file=>file.path);return{files:files,dirs:(0,
_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_3__.lP)(dirs)}}},
34860:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
A6:()=>isEngineTime,Cm:()=>chainLine,H5:()=>verifyChain,QZ:()=>AUDIT_EVENTS,bd:()=>AUDIT_LOG,hv:()=>lineHashHolds,
jX:()=>isStop});var _hash_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(42605)
;var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(19033);const AUDIT_LOG="audit/log.jsonl"
;const AUDIT_EVENTS=new Set(["run.created","run.status","run.recovered","step.started","policy.decision","step.retry","step.completed","step.failed","step.denied","gate.requested","gate.resolved","shards.merged"])
;function isEngineTime(value){
return typeof value==="string"&&/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)&&!Number.isNaN(Date.parse(value))
}const STOPPED=new Set(["paused","completed","failed","rejected"]);function isStop(line){
return line.event==="run.status"&&STOPPED.has(String(line.details?.status))}function chainLine(entry,link){const body={
seq:link.seq+1,ts:link.ts,run_id:link.runId,...entry,prev_hash:link.head};return{...body,hash:(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)}}function lineHashHolds(line){const{hash:hash,...body}=line;return(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.Bc)(hash)&&(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)===hash}
function verifyChain(text,genesis,runId){const raw=text.split("\n");const tail=raw.pop()??"";const torn=tail!==""
;const lines=[];let head=genesis;for(let i=0;i<raw.length;i++){const number=i+1;let line;try{line=JSON.parse(raw[i])
}catch{return{ok:false,line:number,message:"is not valid JSON",lines:lines}}
if(line===null||typeof line!=="object"||Array.isArray(line))return{ok:false,line:number,message:"is not an object",
lines:lines}
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
148:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
GV:()=>compareBytewise,aZ:()=>sortBytewiseBy,lP:()=>sortBytewise});function compareBytewise(a,b){
const n=Math.min(a.length,b.length);for(let i=0;i<n;i++){const x=a.charCodeAt(i);const y=b.charCodeAt(i)
;if(x===y)continue;if(x<55296&&y<55296)return x-y;return Buffer.compare(Buffer.from(a,"utf8"),Buffer.from(b,"utf8"))}
return a.length-b.length}const SURROGATE=/[\ud800-\udfff]/;function sortBytewise(paths){
if(!paths.some(name=>SURROGATE.test(name)))return[...paths].sort();return[...paths].sort(compareBytewise)}
function sortBytewiseBy(items,key){
if(items.some(item=>SURROGATE.test(key(item))))return items.sort((a,b)=>compareBytewise(key(a),key(b)))
;return items.sort((a,b)=>{const x=key(a);const y=key(b);return x<y?-1:x>y?1:0})}},
42605:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
dj:()=>canonicalJson,QN:()=>digestBytes,G5:()=>digestObject,Bc:()=>isDigest,D_:()=>prettyJson,fg:()=>sha256Hex})
;var external_node_crypto_=__webpack_require__(77598);const quotedNames=new Map;const MAX_CACHED_NAMES=4096
;function quoteName(name){let quoted=quotedNames.get(name);if(quoted===undefined){quoted=JSON.stringify(name)
;if(quotedNames.size<MAX_CACHED_NAMES)quotedNames.set(name,quoted)}return quoted}function serialize(value){
switch(typeof value){case"string":return JSON.stringify(value);case"number":
if(!Number.isFinite(value))throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`)
;return JSON.stringify(value);case"boolean":return value?"true":"false";case"object":{if(value===null)return"null"
;if(Array.isArray(value)){let out="[";for(let i=0;i<value.length;i++){if(i>0)out+=",";out+=serialize(value[i])??"null"}
return out+"]"}const toJSON=value.toJSON;if(typeof toJSON==="function")return serialize(toJSON.call(value))
;const record=value;const names=Object.keys(record).sort();let out="{";let first=true;for(const name of names){
const member=serialize(record[name]);if(member===undefined)continue;if(!first)out+=",";first=false
;out+=quoteName(name)+":"+member}return out+"}"}case"bigint":
throw new TypeError("a BigInt cannot be canonicalized as JSON");default:return undefined}}class NotPlain extends Error{}
const NOT_PLAIN=new NotPlain("not a plain JSON value in JavaScript order");function refuseNumber(value){
throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`)}function inOrder(value){
if(typeof value!=="object"||value===null){if(typeof value==="number"&&!Number.isFinite(value))refuseNumber(value)
;if(typeof value==="bigint")throw new TypeError("a BigInt cannot be canonicalized as JSON");return value}
if(Array.isArray(value)){let copy;for(let i=0;i<value.length;i++){const item=value[i];const ordered=inOrder(item)
;if(ordered!==item)(copy??=value.slice())[i]=ordered}return copy??value}const proto=Object.getPrototypeOf(value)
;if(proto!==Object.prototype&&proto!==null){throw NOT_PLAIN}const record=value;const names=Object.keys(record)
;let sorted=true;for(let i=0;i<names.length;i++){const name=names[i];const first=name.charCodeAt(0)
;if(first>=48&&first<=57||name==="__proto__"||name==="toJSON")throw NOT_PLAIN;if(i>0&&names[i-1]>name)sorted=false}
if(sorted){let copy;for(const name of names){const member=record[name];const ordered=inOrder(member)
;if(ordered!==member)(copy??={...record})[name]=ordered}return copy??record}names.sort();const copy={}
;for(const name of names)copy[name]=inOrder(record[name]);return copy}function canonicalize(value){let ordered;try{
ordered=inOrder(value)}catch(err){if(err!==NOT_PLAIN)throw err;return serialize(value)}return JSON.stringify(ordered)}
const oneShot=typeof external_node_crypto_.hash==="function"?data=>external_node_crypto_.hash("sha256",data,"hex"):undefined
;function sha256Hex(data){
return oneShot?oneShot(data):external_node_crypto_.createHash("sha256").update(data).digest("hex")}
function digestBytes(data){return`sha256:${sha256Hex(data)}`}function canonicalJson(value){
const text=canonicalize(value);if(text===undefined)throw new TypeError("value cannot be canonicalized as JSON")
;return text}function prettyJson(value){return JSON.stringify(value,null,2)+"\n"}function digestObject(value){
return digestBytes(canonicalJson(value))}function isDigest(value){
return typeof value==="string"&&/^sha256:[0-9a-f]{64}$/.test(value)}},
19033:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
DI:()=>tooDeep,KX:()=>MAX_JSON_DEPTH,h4:()=>MAX_RECORD_DEPTH});const MAX_JSON_DEPTH=100
;const MAX_RECORD_DEPTH=2*MAX_JSON_DEPTH;function tooDeep(value,max=MAX_JSON_DEPTH){return deeperThan(value,max)}
function deeperThan(value,left){if(value===null||typeof value!=="object")return undefined;if(left<=0)return[]
;if(Array.isArray(value)){for(let i=0;i<value.length;i++){const found=deeperThan(value[i],left-1)
;if(found)return[i,...found]}return undefined}for(const key in value){if(!Object.hasOwn(value,key))continue
;const found=deeperThan(value[key],left-1);if(found)return[key,...found]}return undefined}},
1912:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
El:()=>SEAL,Hx:()=>LEFTOVER_TEMP,K6:()=>parseMembersBefore,Ng:()=>parseManifest,VR:()=>METADATA_FILE,
Y0:()=>lookupManifest,_Q:()=>OUTSIDE_EVIDENCE,c3:()=>parseObjectBefore,db:()=>WORKFLOW_RECEIPT,h1:()=>MANIFEST_FILE,
lj:()=>parseObject,oi:()=>INPUT_FILE});var _audit_chain_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(34860)
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
;out.set(previous,`sha256:${match[1]}`)}return out}function lookupManifest(text){return{get(path){
const tail=`  ./${path}\n`;const at=text.indexOf(tail);if(at<64||text.indexOf(tail,at+1)!==-1)return undefined
;const line=text.slice(at-64,at+tail.length-1);const match=at===64||text[at-65]==="\n"?MANIFEST_LINE.exec(line):null
;return match?.[2]===path?`sha256:${match[1]}`:undefined},countUnder(folder){const mark=`  ./${folder}`;let count=0
;for(let at=text.indexOf(mark);at!==-1;at=text.indexOf(mark,at+mark.length))if(at===64||at>64&&text[at-65]==="\n")count++
;return count}}}},87842:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{Hp:()=>utf8Text,_6:()=>decodeUtf8})
;var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296);const decoder=new TextDecoder("utf-8",{
fatal:true,ignoreBOM:true});function firstInvalidUtf8(bytes){let i=0;while(i<bytes.length){const b=bytes[i];if(b<128){
i++;continue}let need;let lower=128;let upper=191;if(b>=194&&b<=223)need=1;else if(b>=224&&b<=239){need=2
;if(b===224)lower=160;if(b===237)upper=159}else if(b>=240&&b<=244){need=3;if(b===240)lower=144;if(b===244)upper=143
}else return i;for(let k=1;k<=need;k++){const next=bytes[i+k];if(next===undefined||next<lower||next>upper)return i
;[lower,upper]=[128,191]}i+=need+1}return undefined}function decodeUtf8(bytes,source){let text;try{
text=decoder.decode(bytes)}catch{const at=firstInvalidUtf8(bytes)??0
;const shown=Array.from(bytes.subarray(at,at+4),b=>b.toString(16).padStart(2,"0").toUpperCase())
;throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${source}: is not valid UTF-8 text: byte offset ${at} (bytes ${shown.join(" ")}) does not start a well-formed character; save the file as UTF-8`)
}return text.charCodeAt(0)===65279?text.slice(1):text}function utf8Text(bytes){
return Buffer.from(bytes.buffer,bytes.byteOffset,bytes.byteLength).toString("utf8")}},
67383:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
w:()=>makeFolders});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;function makeFolders(dir,mode){const target=node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);try{
node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target,{mode:mode});return}catch(err){const code=err.code
;if(code==="EEXIST"){if(node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory())return;throw err}
if(code!=="ENOENT"||node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target)===target)throw err}
makeFolders(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target),mode);try{
node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target,{mode:mode})}catch(err){
if(err.code!=="EEXIST"||!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory())throw err}}},
10047:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
EI:()=>readFilePart,Hd:()=>openInputFile,Me:()=>MAX_BUNDLE_BYTES,Qc:()=>MAX_RUN_FILE_BYTES,
VI:()=>readInputFileIfPresent,jH:()=>readInputFile});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296);const MAX_INPUT_FILE_BYTES=16*1024*1024
;const MAX_BUNDLE_BYTES=4*1024*1024*1024;const MAX_RUN_FILE_BYTES=536870888
;const NONBLOCK=node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK??0;function kindOf(stat){
if(stat.isDirectory())return"a folder";if(stat.isFIFO())return"a named pipe (FIFO)"
;if(stat.isCharacterDevice()||stat.isBlockDevice())return"a device";if(stat.isSocket())return"a socket"
;return"not a regular file"}function refusal(file,what,{via:via="",shownAs:shownAs=file}){
return why=>new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`cannot read ${what} ${shownAs}${via}: ${why}`)}
const isAbsent=err=>["ENOENT","ENOTDIR"].includes(err.code??"");function openInputFile(file,what,options={}){
const opened=openIfPresent(file,what,options);if(!opened)throw refusal(file,what,options)("no such file");return opened}
function openIfPresent(file,what,options){const{maxBytes:maxBytes=MAX_INPUT_FILE_BYTES}=options
;const refuse=refusal(file,what,options);let fd;try{
fd=node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file,node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY|NONBLOCK)
}catch(err){if(isAbsent(err))return undefined;throw refuse(err.code==="EISDIR"?"it is a folder":err.message)}try{
const stat=node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd)
;if(!stat.isFile())throw refuse(`it is ${kindOf(stat)}; give a regular file`)
;if(stat.size>maxBytes)throw refuse(`it is ${stat.size} bytes; at most ${maxBytes} are accepted`);return{fd:fd,
size:stat.size}}catch(err){node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);throw err}}
function readInputFile(file,what,options={}){return readOpened(file,what,options,openInputFile(file,what,options))}
function readInputFileIfPresent(file,what,options={}){const opened=openIfPresent(file,what,options)
;return opened&&readOpened(file,what,options,opened)}function readOpened(file,what,options,{fd:fd,size:size}){
const refuse=refusal(file,what,options);try{const buffer=Buffer.allocUnsafeSlow(size+1);let got=0
;for(let n=-1;n!==0&&got<buffer.length;got+=n)n=node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd,buffer,got,buffer.length-got,null)
;if(got>size)throw refuse("it grew while it was read; give a file that is not being written")
;return new Uint8Array(buffer.buffer,buffer.byteOffset,got)}catch(err){
if(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz)throw err;throw refuse(err.message)}finally{
node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}}function readFilePart(file,what,bytes,part,options){
const{fd:fd,size:size}=openInputFile(file,what,options);try{const length=Math.min(size,bytes)
;const start=part==="head"?0:size-length;const buffer=Buffer.allocUnsafeSlow(length);let got=0
;for(let n=-1;n!==0&&got<length;got+=n)n=node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd,buffer,got,length-got,start+got)
;return new Uint8Array(buffer.buffer,buffer.byteOffset,got)}catch(err){throw refusal(file,what,options)(err.message)
}finally{node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}}},
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
