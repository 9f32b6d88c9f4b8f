export const id=631;export const ids=[631];export const modules={
80631:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
ZL:()=>GZIP_OS_UNIX,LH:()=>bundleRunTar,jX:()=>packRun});var external_node_fs_=__webpack_require__(73024)
;var external_node_path_=__webpack_require__(76760);var external_node_zlib_=__webpack_require__(38522)
;var external_node_crypto_=__webpack_require__(77598);var promises_=__webpack_require__(46466)
;var errors=__webpack_require__(74296);var index_min=__webpack_require__(98697);var hash=__webpack_require__(42605)
;var bytewise_order=__webpack_require__(148);var ustar_fields=__webpack_require__(77937);const FILE_MODE=420
;const DIR_MODE=493;const BLOCK=512;const SMALL_FILE=256*1024;const BATCH=1024*1024;const ZEROS=Buffer.alloc(BLOCK*2)
;const NOFOLLOW=external_node_fs_.constants.O_NOFOLLOW??0;const NONBLOCK=external_node_fs_.constants.O_NONBLOCK??0
;function entryHeader(name,type,size,mtime){const header=prepareHeader(name,type,size,mtime)
;if(Buffer.isBuffer(header))return header;const block=Buffer.allocUnsafe(BLOCK);writeShortHeader(block,0,header,size)
;return block}function prepareHeader(name,type,size,mtime){const archivePath=type==="Directory"?`${name}/`:name
;const template=shortTemplate(archivePath,type,size,mtime);return template?{archivePath:archivePath,template:template
}:tarHeader(archivePath,type,size,mtime)}const headerLength=header=>Buffer.isBuffer(header)?header.length:BLOCK
;function tarHeader(archivePath,type,size,mtime){const long=Buffer.byteLength(archivePath)>LONGEST_SPLIT+1
;const header=new index_min.Y9({path:long?"":archivePath,mode:type==="Directory"?DIR_MODE:FILE_MODE,uid:0,gid:0,
size:size,mtime:mtime,type:type,uname:"",gname:""});const needPax=header.encode()||long;const block=header.block
;if(long)writeLongName(block,archivePath);if(!needPax)return block;const pax=new index_min.un({path:archivePath,
size:size>8589934591?size:undefined});return Buffer.concat([pax.encode(),block])}const LONGEST_SPLIT=256
;const PREFIX_AT=345;const PREFIX_FIELD=155;function writeLongName(block,archivePath){
const trimmed=archivePath.endsWith("/")?archivePath.slice(0,-1):archivePath;let cut=-1;let bytes=0
;for(let at=trimmed.indexOf("/");at!==-1;at=trimmed.indexOf("/",at+1)){
bytes+=Buffer.byteLength(trimmed.slice(cut+1,at))+(cut===-1?0:1);if(bytes>PREFIX_FIELD)break;cut=at}
let name=archivePath.slice(0,NAME_FIELD-1);let prefix="";if(!trimmed.includes("/")){name=trimmed.slice(0,NAME_FIELD-1)
;prefix="."}else if(cut!==-1){name=trimmed.slice(cut+1).slice(0,NAME_FIELD-1);prefix=trimmed.slice(0,cut)}
block.write(name,0,NAME_FIELD,"utf8");block.write(prefix,PREFIX_AT,PREFIX_FIELD,"utf8");block.write(octalField((0,
ustar_fields.n2)(block),CKSUM_FIELD),CKSUM_AT,CKSUM_FIELD,"latin1")}const templates=new Map;const NAME_FIELD=100
;const SIZE_AT=124;const SIZE_FIELD=12;const CKSUM_AT=148;const CKSUM_FIELD=8;function octalField(value,field){
const digits=value.toString(8);return(digits.length===field-1?digits:`${digits.padStart(field-2,"0")} `)+"\0"}
function byteSum(text){let sum=0;for(let i=0;i<text.length;i++)sum+=text.charCodeAt(i);return sum}
function shortTemplate(archivePath,type,size,mtime){if(archivePath.length>=NAME_FIELD||size>8589934591)return undefined
;for(let i=0;i<archivePath.length;i++)if(archivePath.charCodeAt(i)>=128)return undefined
;const key=`${type}:${mtime.getTime()}`;if(templates.has(key))return templates.get(key)
;const block=tarHeader("",type,0,mtime);let template;if(block.length===BLOCK){template={block:block,sum:(0,
ustar_fields.n2)(block)-byteSum(block.toString("latin1",SIZE_AT,SIZE_AT+SIZE_FIELD))}}templates.set(key,template)
;return template}function writeShortHeader(target,at,{archivePath:archivePath,template:template},size){
template.block.copy(target,at);target.write(archivePath,at,NAME_FIELD,"latin1")
;const sizeField=octalField(size,SIZE_FIELD).slice(0,SIZE_FIELD);target.write(sizeField,at+SIZE_AT,SIZE_FIELD,"latin1")
;const sum=template.sum+byteSum(archivePath)+byteSum(sizeField)
;target.write(octalField(sum,CKSUM_FIELD),at+CKSUM_AT,CKSUM_FIELD,"latin1")}function changed(name,expected){
return new errors.cs(`refused ${JSON.stringify(name)}: the file changed while it was being packed (expected ${expected} bytes)`,name)
}function openFile(item){
const fd=external_node_fs_.openSync(item.abs,external_node_fs_.constants.O_RDONLY|NOFOLLOW|NONBLOCK)
;const stat=external_node_fs_.fstatSync(fd);if(!stat.isFile()){external_node_fs_.closeSync(fd)
;throw new errors.cs(`refused ${JSON.stringify(item.name)}: it is no longer a regular file (changed while it was being packed)`,item.name)
}return{fd:fd,size:stat.size}}function readSmallInto(item,fd,size,target,at){let got=0;for(;;){const asked=size+1-got
;const n=external_node_fs_.readSync(fd,target,at+got,asked,null);got+=n;if(n===0||n<asked||got===size+1)break}
if(got!==size)throw changed(item.name,size);return target.subarray(at,at+size)}class Batch{
buffers=[Buffer.allocUnsafe(BATCH),Buffer.allocUnsafe(BATCH)];turn=0;buffer=this.buffers[0];used=0;get free(){
return this.buffer.length-this.used}room(bytes){if(this.used+bytes<=this.buffer.length)return undefined
;return this.take(bytes)}take(next=0){const out=this.buffer.subarray(0,this.used);this.turn^=1
;if(this.buffers[this.turn].length<next)this.buffers[this.turn]=Buffer.allocUnsafe(next)
;this.buffer=this.buffers[this.turn];this.used=0;return out}header(header,size){
if(Buffer.isBuffer(header))return this.put(header);writeShortHeader(this.buffer,this.used,header,size);this.used+=BLOCK}
put(bytes){this.buffer.set(bytes,this.used);this.used+=bytes.length}pad(size){const rest=size%BLOCK;if(rest===0)return
;this.buffer.fill(0,this.used,this.used+BLOCK-rest);this.used+=BLOCK-rest}read(item,fd,size){
const data=readSmallInto(item,fd,size,this.buffer,this.used);this.used+=size;return data}readSome(fd,max){
const n=external_node_fs_.readSync(fd,this.buffer,this.used,Math.min(max,this.free),null);this.used+=n
;return this.buffer.subarray(this.used-n,this.used)}}function*readLarge(item,fd,size,batch,digest){
const content=digest?(0,external_node_crypto_.createHash)("sha256"):undefined;let left=size;while(left>0){
if(batch.free===0)yield batch.take();const piece=batch.readSome(fd,left)
;if(piece.length===0)throw changed(item.name,size);left-=piece.length;content?.update(piece)}
if(external_node_fs_.readSync(fd,Buffer.alloc(1),0,1,null)!==0)throw changed(item.name,size)
;if(content&&digest)digest(content.digest("hex"))}function tarItems(runDir,topName,tree){const items=[{name:topName}]
;for(const dir of tree.dirs)items.push({name:`${topName}/${dir}`})
;const base=runDir.endsWith(external_node_path_.sep)?runDir:`${runDir}${external_node_path_.sep}`
;for(const file of tree.files)items.push({name:`${topName}/${file.path}`,abs:`${base}${file.path}`,rel:file.path})
;return sortItems(items)}function sortItems(items){return(0,bytewise_order.aZ)(items,item=>item.name)}
function*deterministicTar(items,mtime,digests){const batch=new Batch;let full;for(const item of items){
if(item.data!==undefined){const header=prepareHeader(item.name,"File",item.data.length,mtime)
;if(full=batch.room(headerLength(header)+item.data.length+BLOCK))yield full;batch.header(header,item.data.length)
;batch.put(item.data);batch.pad(item.data.length)}else if(item.abs===undefined){
const header=prepareHeader(item.name,"Directory",0,mtime);if(full=batch.room(headerLength(header)))yield full
;batch.header(header,0)}else{const{fd:fd,size:size}=openFile({...item,abs:item.abs});try{
const header=prepareHeader(item.name,"File",size,mtime);if(size<=SMALL_FILE){
if(full=batch.room(headerLength(header)+size+BLOCK))yield full;batch.header(header,size)
;const data=batch.read(item,fd,size);if(digests&&item.rel!==undefined)digests.set(item.rel,(0,hash.fg)(data))}else{
if(full=batch.room(headerLength(header)))yield full;batch.header(header,size);const rel=item.rel
;yield*readLarge(item,fd,size,batch,digests&&rel!==undefined?hex=>digests.set(rel,hex):undefined)}}finally{
external_node_fs_.closeSync(fd)}if(full=batch.room(BLOCK))yield full;batch.pad(size)}}
if(full=batch.room(ZEROS.length))yield full;batch.put(ZEROS);yield batch.take()}function*tarSkeleton(items,mtime){
for(const item of items){if(item.data===undefined&&item.abs===undefined){
yield entryHeader(item.name,"Directory",0,mtime);continue}
const size=item.data?.length??external_node_fs_.statSync(item.abs).size;yield entryHeader(item.name,"File",size,mtime)
;if(size%BLOCK!==0)yield ZEROS.subarray(0,BLOCK-size%BLOCK)}yield ZEROS}var run_tree=__webpack_require__(99562)
;var make_folders=__webpack_require__(67383);var run_folder=__webpack_require__(39089)
;var read_input_file=__webpack_require__(10047);var utf8_text=__webpack_require__(87842)
;var run_files=__webpack_require__(1912);const GZIP_LEVEL=6;const GZIP_OS_UNIX=3;function folderFiles(runDir){
return(rel,head)=>{const file=external_node_path_.join(runDir,rel)
;if(!external_node_fs_.existsSync(file))return undefined;const options={maxBytes:read_input_file.Qc}
;return head===undefined?(0,
read_input_file.jH)(file,"run file",options):(0,read_input_file.EI)(file,"run file",head,"head",options)}}
const HEAD_BYTES=64*1024;const ABSENT=Symbol("absent");function runIdOf(read,fallback,shown){
const inputPath=shown("input.json");const input=headOf(read,"input.json");if(input===ABSENT)return fallback
;if(input===null)throw new errors.dz(`${inputPath} is not valid JSON; cannot name the bundle`);const runId=input?.run_id
;if(typeof runId!=="string"||!run_folder.UC.test(runId))throw new errors.dz(`${inputPath}: run_id must be a run id (run_YYYY-MM-DDTHH-MM-SSZ), found ${JSON.stringify(runId)}`)
;return runId}function headOf(read,rel){const first=read(rel,HEAD_BYTES);if(first===undefined)return ABSENT
;const members=(0,run_files.K6)(first,"steps");if(members!==undefined)return members
;const bytes=first.length<HEAD_BYTES?first:read(rel);if(bytes===undefined)return ABSENT;const head=(0,
run_files.c3)(bytes,"steps");if(head!==undefined)return head;try{JSON.parse((0,utf8_text.Hp)(bytes));return undefined
}catch{return null}}function readRunFacts(read,fallback,shown=rel=>rel){const facts={runId:runIdOf(read,fallback,shown),
shortSha:"nosha",mtime:new Date(0)};const metaPath=shown("metadata.json");const record=headOf(read,"metadata.json")
;if(record===null)throw new errors.dz(`${metaPath} is not valid JSON; cannot name or date the bundle`)
;if(record===undefined||record===ABSENT)return facts;if(record.created_at!==undefined){
const ms=typeof record.created_at==="string"?Date.parse(record.created_at):NaN;if(Number.isNaN(ms)){
throw new errors.dz(`${metaPath}: created_at must be an ISO date, found ${JSON.stringify(record.created_at)}`)}
facts.mtime=new Date(Math.floor(ms/1e3)*1e3)}const sha=record.git?.sha;if(typeof sha==="string"){
if(!/^[0-9a-fA-F]{7,64}$/.test(sha)){
throw new errors.dz(`${metaPath}: git.sha must be a hex commit SHA, found ${JSON.stringify(sha)}`)}
facts.shortSha=sha.slice(0,7).toLowerCase()}return facts}function realFolder(runDir){
const abs=external_node_path_.resolve(runDir)
;return external_node_fs_.existsSync(abs)?external_node_fs_.realpathSync(abs):abs}function isInside(child,parent){
const rel=external_node_path_.relative(parent,child)
;return rel===""||!rel.startsWith("..")&&!external_node_path_.isAbsolute(rel)}function bundleRunTar(run,skeleton=false){
const facts=readRunFacts(rel=>run.read(rel),run.name);const files=run.list();const items=[{name:facts.runId}]
;for(const dir of(0,run_tree.Tt)(files))items.push({name:`${facts.runId}/${dir}`});for(const rel of files){
const content=run.content(rel);const name=`${facts.runId}/${rel}`;if(typeof content==="string")items.push({name:name,
abs:content});else if(content!==undefined)items.push({name:name,data:content})}
return(skeleton?tarSkeleton:deterministicTar)(sortItems(items),facts.mtime)}
const folderFacts=absRun=>readRunFacts(folderFiles(absRun),external_node_path_.basename(absRun),rel=>external_node_path_.join(absRun,rel))
;function tarOf(absRun,facts,tree,digests){
return deterministicTar(tarItems(absRun,facts.runId,tree),facts.mtime,digests)}async function feed(gzip,tar,written){
const outputFailed=new Promise((_resolve,reject)=>void written.catch(reject));outputFailed.catch(()=>undefined)
;let previous=Promise.resolve();for(const batch of tar){
const done=new Promise((resolve,reject)=>gzip.write(batch,err=>err?reject(err):resolve()));done.catch(()=>undefined)
;await Promise.race([previous,outputFailed]);previous=done}await Promise.race([previous,outputFailed]);gzip.end()}
function bundleName(runDir){const facts=folderFacts(runDir);return`awo-${facts.runId}-${facts.shortSha}.tar.gz`}
async function packRun(runDir,outDir){const absRun=realFolder(runDir);const absOut=external_node_path_.resolve(outDir)
;const facts=folderFacts(absRun);if(isInside(absOut,absRun)){
throw new errors.dz(`the bundle cannot be written inside the run folder it packs: ${absOut}`)}const fileDigests=new Map
;const tar=tarOf(absRun,facts,(0,run_tree.sE)(absRun),fileDigests)
;const name=`awo-${facts.runId}-${facts.shortSha}.tar.gz`;try{(0,make_folders.w)(absOut)}catch(err){
throw new errors.dz(`cannot create output folder ${absOut}: ${(0,errors.bD)(err)}`)}
const finalPath=external_node_path_.join(absOut,name)
;const partial=external_node_path_.join(absOut,`.${name}.${process.pid}.partial`);const hash=(0,
external_node_crypto_.createHash)("sha256");let bytes=0;const fixHeaderAndHash=async function*(chunks){
for await(const chunk of chunks){if(bytes<10&&bytes+chunk.length>9)chunk[9-bytes]=GZIP_OS_UNIX;bytes+=chunk.length
;hash.update(chunk);yield chunk}};const gzip=external_node_zlib_.createGzip({level:GZIP_LEVEL,chunkSize:256*1024})
;const written=(0,promises_.pipeline)(gzip,fixHeaderAndHash,external_node_fs_.createWriteStream(partial,{mode:420}))
;try{await feed(gzip,tar,written);await written;external_node_fs_.renameSync(partial,finalPath)}catch(err){
gzip.destroy(err);const failed=await written.then(()=>undefined,cause=>cause);external_node_fs_.rmSync(partial,{
force:true});throw failed??err}return{path:finalPath,name:name,sha256:`sha256:${hash.digest("hex")}`,bytes:bytes,
fileDigests:fileDigests}}}};
