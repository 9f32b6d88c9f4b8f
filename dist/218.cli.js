export const id=218;export const ids=[218];export const modules={
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
93927:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{command:()=>command})
;var node_path__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296)
;var _bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(4236)
;const usage=`Usage: awo unpack <bundle.tar.gz> [dir] [--sha256 <expected>] [--max-bytes <n>]\n\nSafely extracts an evidence bundle into [dir] (default: the current folder) as <dir>/<run id>/.\nRefuses absolute paths, "..", links, devices, duplicate entries, entries outside the one top folder\nand output beyond --max-bytes (default ${_bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.fS}); on refusal nothing is left behind.\nPrints the run folder's path, then the bundle's sha256:<hex> digest.\n\n  --sha256 <expected>  check the bundle's digest before reading anything inside it\n  --max-bytes <n>      refuse bundles that expand beyond n bytes`
;const command={name:"unpack",summary:"Safely extract an evidence bundle (.tar.gz) into a folder",usage:usage,
async run(args,io){const positional=[];let expectedSha256;let maxBytes;for(let i=0;i<args.length;i++){const arg=args[i]
;if(arg==="--help"||arg==="-h")return io.out(usage),0
;const[flag,inline]=arg.startsWith("--")&&arg.includes("=")?arg.split(/=(.*)/s,2):[arg,undefined]
;if(flag==="--sha256"||flag==="--max-bytes"){const value=inline??args[++i]
;if(value===undefined)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`${flag} needs a value\n\n${usage}`)
;if(flag==="--sha256")expectedSha256=value;else{maxBytes=Number(value);if(!Number.isSafeInteger(maxBytes)||maxBytes<=0){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`--max-bytes must be a positive whole number, found "${value}"`)
}}}else if(arg.startsWith("-")){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`unknown option ${arg}\n\n${usage}`)}else{positional.push(arg)
}}if(positional.length===0)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`missing the bundle\n\n${usage}`)
;if(positional.length>2)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`too many arguments\n\n${usage}`)
;const[bundle,dir="."]=positional
;const result=await(0,_bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.zq)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd,bundle),node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd,dir),{
expectedSha256:expectedSha256,maxBytes:maxBytes});io.out(result.runDir);io.out(result.sha256);return 0}}},
148:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
GV:()=>compareBytewise,aZ:()=>sortBytewiseBy,lP:()=>sortBytewise});function compareBytewise(a,b){
const n=Math.min(a.length,b.length);for(let i=0;i<n;i++){const x=a.charCodeAt(i);const y=b.charCodeAt(i)
;if(x===y)continue;if(x<55296&&y<55296)return x-y;return Buffer.compare(Buffer.from(a,"utf8"),Buffer.from(b,"utf8"))}
return a.length-b.length}const SURROGATE=/[\ud800-\udfff]/;function sortBytewise(paths){
if(!paths.some(name=>SURROGATE.test(name)))return[...paths].sort();return[...paths].sort(compareBytewise)}
function sortBytewiseBy(items,key){
if(items.some(item=>SURROGATE.test(key(item))))return items.sort((a,b)=>compareBytewise(key(a),key(b)))
;return items.sort((a,b)=>{const x=key(a);const y=key(b);return x<y?-1:x>y?1:0})}},
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
}finally{node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}}}};
