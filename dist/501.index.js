export const id=501;export const ids=[501];export const modules={
10117:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
n:()=>ArtifactError});var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;class ArtifactError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__._{constructor(message){
super("ARTIFACT",message,1)}}},18089:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{fv:()=>downloadBundle,jZ:()=>getArtifact,sd:()=>uploadBundle,
wn:()=>listArtifacts});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(91659)
;var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(91252)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(74296)
;var _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(10117)
;var _store_make_folders_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(67383);function explain(what,name,err){
const message=(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err);if(/\(409\)/.test(message)){
return new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`${what} ${name} failed: an artifact with this name already exists in this workflow run (409 Conflict). `+"Each job, stage and attempt uploads under its own name, so this means two steps uploaded byte-identical evidence under one job id; "+`give them different runs-dir values or job ids. Service said: ${message}`)
}if(/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)){
return new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`${what} ${name} failed: the artifact service is not available to this step (${message}); run the action as a step of a GitHub Actions job`)
}
return new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`${what} ${name} failed: ${message}. The artifact service may be unavailable; re-run the job to retry`)
}async function uploadBundle(file,retentionDays){const client=new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9
;const name=node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file);let result;try{
result=await client.uploadArtifact(name,[file],node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file),{skipArchive:true,
...retentionDays>0?{retentionDays:retentionDays}:{}})}catch(err){throw explain("uploading artifact",name,err)}
if(result.id===undefined||result.digest===undefined){
throw new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`uploading artifact ${name}: the service did not return an artifact id and digest`)
}return{id:result.id,digest:`sha256:${result.digest.replace(/^sha256:/,"")}`,size:result.size??0}}
async function listArtifacts(find={}){try{
return(await(new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9).listArtifacts(find)).artifacts}catch(err){
throw explain("listing artifacts of","this workflow run",err)}}async function getArtifact(name,find={}){try{
return(await(new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9).getArtifact(name,find)).artifact}catch(err){
if(/not found/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err))){
throw new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`no artifact named ${name} in this workflow run; artifact-name must be the artifact-name output of the job that uploaded the bundle, in the same workflow run`)
}throw explain("finding artifact",name,err)}}async function downloadBundle(artifact,tempRoot,find={}){(0,
_store_make_folders_js__WEBPACK_IMPORTED_MODULE_6__.w)(tempRoot)
;const dir=node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tempRoot,"awo-download-"))
;try{await(new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9).downloadArtifact(artifact.id,{path:dir,
skipDecompress:true,...find})}catch(err){throw explain("downloading artifact",artifact.name,err)}
const files=node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir);if(files.length!==1){
throw new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`downloading artifact ${artifact.name} gave ${files.length} files (${files.join(", ")}); a bundle artifact holds exactly one .tar.gz`)
}const file=node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir,files[0])
;_actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(`Downloaded artifact ${artifact.name} (id ${artifact.id}) to ${file}`)
;return file}},98141:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{W:()=>artifactUrl,h:()=>githubContext})
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296);function need(env,name){
const value=env[name];if(value===undefined||value===""){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${name} is not set: this action must run as a step of a GitHub Actions job (the runner sets ${name})`)
}return value}function githubContext(env=process.env){const repository=need(env,"GITHUB_REPOSITORY")
;const[owner,repo]=repository.split("/")
;if(!owner||!repo)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`GITHUB_REPOSITORY must be owner/repo, got ${JSON.stringify(repository)}`)
;return{serverUrl:(env.GITHUB_SERVER_URL||"https://github.com").replace(/\/+$/,""),
apiUrl:(env.GITHUB_API_URL||"https://api.github.com").replace(/\/+$/,""),owner:owner,repo:repo,repository:repository,
runId:need(env,"GITHUB_RUN_ID"),runAttempt:env.GITHUB_RUN_ATTEMPT||"1",job:env.GITHUB_JOB||"job",
actor:env.GITHUB_ACTOR||undefined,triggeringActor:env.GITHUB_TRIGGERING_ACTOR||undefined,
workspace:env.GITHUB_WORKSPACE||process.cwd(),runnerTemp:env.RUNNER_TEMP||need(env,"RUNNER_TEMP")}}
function artifactUrl(ctx,artifactId){
return`${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/artifacts/${artifactId}`}},
85458:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
B:()=>resultOf,n:()=>outcomeOutputs});var _outputs_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(18948)
;function outcomeOutputs(outcome){(0,_outputs_js__WEBPACK_IMPORTED_MODULE_0__.n)({"run-id":outcome.runId,
status:outcome.status,"run-dir":outcome.runDir,"gate-id":outcome.status==="paused"?outcome.gate?.gate_id:undefined,
"workflow-hash":outcome.workflowHash??undefined})}function resultOf(outcome,artifactName){
if(outcome.status==="failed"||outcome.status==="rejected"){const why=outcome.failure?.reason??"no reason recorded"
;return{failure:`AWO run ${outcome.runId} ${outcome.status}: ${why}. The evidence is uploaded as ${artifactName}.`}}
return{}}},94501:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{
candidateRunDirs:()=>candidateRunDirs,runPost:()=>runPost})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(91659)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(74296)
;var _store_run_service_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(67640)
;var _github_context_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(98141)
;var _outcome_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(85458)
;var _publish_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(87080)
;var _state_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(33175);function candidateRunDirs(){
const runDir=_state_js__WEBPACK_IMPORTED_MODULE_8__.LF(_state_js__WEBPACK_IMPORTED_MODULE_8__.HP.runDir)
;if(runDir)return[runDir]
;const runsDir=_state_js__WEBPACK_IMPORTED_MODULE_8__.LF(_state_js__WEBPACK_IMPORTED_MODULE_8__.HP.runsDir)
;if(!runsDir||!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(runsDir))return[];let known=[];try{
known=JSON.parse(_state_js__WEBPACK_IMPORTED_MODULE_8__.LF(_state_js__WEBPACK_IMPORTED_MODULE_8__.HP.knownRuns)||"[]")
}catch{known=[]}
return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(runsDir).filter(name=>!known.includes(name)&&node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir,name,"input.json"))).map(name=>node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir,name))
}async function runPost(){try{
const finished=_state_js__WEBPACK_IMPORTED_MODULE_8__.LF(_state_js__WEBPACK_IMPORTED_MODULE_8__.HP.finished)==="true"
;const dirs=candidateRunDirs();if(dirs.length===0){
_actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(finished?"AWO: the main step finished; nothing to seal":"AWO: the main step had not created a run folder; nothing to seal")
;return}const ctx=(0,_github_context_js__WEBPACK_IMPORTED_MODULE_5__.h)()
;const retentionDays=Number(_state_js__WEBPACK_IMPORTED_MODULE_8__.LF(_state_js__WEBPACK_IMPORTED_MODULE_8__.HP.retentionDays)||"0")
;for(const dir of dirs){const status=(0,_store_run_service_js__WEBPACK_IMPORTED_MODULE_4__.xz)(dir).state.status
;if(status!=="running"&&!(status==="paused"&&!finished)){
_actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(`AWO: run ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dir)} ended ${status} in the main step; nothing to seal`)
;continue}
const reason=finished?"the action main step ended with an error while the run was running; sealed by the post step":`the action main step did not finish (the job was cancelled, timed out or the step was killed) while the run was ${status}; sealed by the post step`
;const outcome=await(0,_store_run_service_js__WEBPACK_IMPORTED_MODULE_4__.Yb)(dir,reason,{backend:{name:"none",
generate:()=>Promise.reject(new Error("sealing only"))},actor:ctx.actor??"github-actions",env:process.env,
cwd:ctx.workspace});(0,_outcome_js__WEBPACK_IMPORTED_MODULE_6__.n)(outcome);const published=await(0,
_publish_js__WEBPACK_IMPORTED_MODULE_7__.m)(dir,outcome.status,ctx,retentionDays,[`Run sealed as failed (cancelled): ${reason}.`])
;_actions_core__WEBPACK_IMPORTED_MODULE_2__.$e(`AWO run ${outcome.runId} was sealed as failed (cancelled): ${reason}. Partial evidence uploaded as ${published.name} (${published.sha256}).`,{
title:"AWO partial evidence"})}}catch(err){
_actions_core__WEBPACK_IMPORTED_MODULE_2__.C1(`AWO post step could not seal and upload the partial evidence: ${err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__._?err.message:`internal error: ${(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_3__.bD)(err)}`}`)}}},
87080:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
m:()=>publish});var external_node_fs_=__webpack_require__(73024);var external_node_path_=__webpack_require__(76760)
;var checkpoint=__webpack_require__(17745);var errors=__webpack_require__(74296);var pack=__webpack_require__(80631)
;const safe=text=>text.replace(/[^A-Za-z0-9._-]+/g,"-").replace(/^-+|-+$/g,"")||"job"
;function uploadName(packedName,stage,ctx,sha256){const base=packedName.replace(/\.tar\.gz$/,"")
;const digest=sha256.replace(/^sha256:/,"").slice(0,12)
;return`${base}-${stage}-a${safe(ctx.runAttempt)}-${safe(ctx.job)}-${digest}.tar.gz`}
var artifacts=__webpack_require__(18089);var github_context=__webpack_require__(98141)
;var outputs=__webpack_require__(18948);var summary=__webpack_require__(38770);function checkpointOf(runDir){try{
const{size:size,root:root}=JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(runDir,checkpoint.S5),"utf8"))
;return(0,checkpoint.wP)({size:size,root:root})}catch{return undefined}}
async function publish(runDir,status,ctx,retentionDays,notes,options={}){
const outDir=external_node_path_.join(ctx.runnerTemp,"awo-bundles");const packed=await(0,pack.jX)(runDir,outDir)
;const stage=status==="running"?"failed":status
;const name=options.nameOf?options.nameOf(packed.name,stage,packed.sha256):uploadName(packed.name,stage,ctx,packed.sha256)
;const file=external_node_path_.join(outDir,name);external_node_fs_.renameSync(packed.path,file);(0,outputs.n)({
"bundle-path":file,"bundle-sha256":packed.sha256,"artifact-name":name,checkpoint:checkpointOf(runDir)});const bundle={
name:name,sha256:packed.sha256,bytes:packed.bytes};let uploaded;try{uploaded=await(0,artifacts.sd)(file,retentionDays)
}catch(err){await(0,summary.S)({runDir:runDir,notes:notes,bundle:bundle,continueText:options.continueText});throw err}
if(uploaded.digest!==packed.sha256){
throw new errors.cs(`the artifact service recorded digest ${uploaded.digest} for ${name}, but the bundle is ${packed.sha256}`,name)
}const url=(0,github_context.W)(ctx,uploaded.id);(0,outputs.n)({"artifact-id":String(uploaded.id),"artifact-url":url})
;await(0,summary.S)({runDir:runDir,notes:notes,bundle:bundle,artifact:{id:uploaded.id,url:url},
continueText:options.continueText});const published={path:file,name:name,sha256:packed.sha256,artifactId:uploaded.id,
url:url};if(options.afterUpload)await options.afterUpload({...published,runDir:runDir});return published}},
38770:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
S:()=>writeSummary});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _runner_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(75242);function renderSummary(facts){const out=[]
;if(facts.notes.length>0)out.push(...facts.notes.map(note=>`> ${note}`),"")
;const report=facts.runDir?node_path__WEBPACK_IMPORTED_MODULE_1__.join(facts.runDir,"report.md"):undefined
;if(report&&node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(report)){
let text=node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(report,"utf8").trimEnd()
;if(facts.continueText)text=text.replace(/^To continue: `awo approve .*$/m,()=>facts.continueText);out.push(text,"")}
if(facts.bundle){const{name:name,sha256:sha256,bytes:bytes}=facts.bundle
;out.push("## Evidence bundle","","| | |","| --- | --- |")
;out.push(`| Bundle | \`${name}\` (${bytes} bytes) |`,`| SHA-256 | \`${sha256}\` |`)
;if(facts.artifact)out.push(`| Artifact | [${name}](${facts.artifact.url}) (id ${facts.artifact.id}) |`);else out.push("| Artifact | not uploaded (see the error above) |")
;out.push("","### How to verify","","Download the artifact (it is the `.tar.gz` itself, not a zip), then:","","```sh")
;out.push(`echo "${sha256.replace(/^sha256:/,"")}  ${name}" | sha256sum -c -`,`awo verify ${name} --sha256 ${sha256}`,"```","")
;out.push("`awo verify` recomputes the audit hash chain, every receipt and `SHA256SUMS.txt` and names the first file or line that does not match.","")
}return out.join("\n")}async function writeSummary(facts){try{
await _runner_js__WEBPACK_IMPORTED_MODULE_2__.fe(renderSummary(facts))}catch(err){
_runner_js__WEBPACK_IMPORTED_MODULE_2__.$e(`could not write the job summary: ${err instanceof Error?err.message:String(err)}`)
}}},80631:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{ZL:()=>GZIP_OS_UNIX,jX:()=>packRun,ZS:()=>runTar})
;var external_node_fs_=__webpack_require__(73024);var external_node_path_=__webpack_require__(76760)
;var external_node_zlib_=__webpack_require__(38522);var external_node_crypto_=__webpack_require__(77598)
;var external_node_stream_=__webpack_require__(57075);var promises_=__webpack_require__(46466)
;var errors=__webpack_require__(74296);var index_min=__webpack_require__(98697);var hash=__webpack_require__(42605)
;var run_tree=__webpack_require__(99562);const FILE_MODE=420;const DIR_MODE=493;const BLOCK=512
;const SMALL_FILE=256*1024;const READ_CHUNK=1024*1024;const BATCH=1024*1024;const ZEROS=Buffer.alloc(BLOCK*2)
;const NOFOLLOW=external_node_fs_.constants.O_NOFOLLOW??0;function entryHeader(name,type,size,mtime){
const archivePath=type==="Directory"?`${name}/`:name;const header=new index_min.Y9({path:archivePath,
mode:type==="Directory"?DIR_MODE:FILE_MODE,uid:0,gid:0,size:size,mtime:mtime,type:type,uname:"",gname:""})
;const needPax=header.encode();const block=header.block;if(!needPax)return block;const pax=new index_min.un({
path:archivePath,size:size>8589934591?size:undefined});return Buffer.concat([pax.encode(),block])}
function padding(size){const rest=size%BLOCK;return rest===0?ZEROS.subarray(0,0):ZEROS.subarray(0,BLOCK-rest)}
function changed(name,expected){
return new errors.cs(`refused ${JSON.stringify(name)}: the file changed while it was being packed (expected ${expected} bytes)`,name)
}function readSmall(item){const fd=external_node_fs_.openSync(item.abs,external_node_fs_.constants.O_RDONLY|NOFOLLOW)
;try{const data=Buffer.allocUnsafe(item.size+1);let got=0;for(;;){const asked=data.length-got
;const n=external_node_fs_.readSync(fd,data,got,asked,null);got+=n;if(n===0||n<asked||got===data.length)break}
if(got!==item.size)throw changed(item.name,item.size);return data.subarray(0,got)}finally{
external_node_fs_.closeSync(fd)}}async function*readLarge(item,digest){const content=digest?(0,
external_node_crypto_.createHash)("sha256"):undefined
;const handle=await external_node_fs_.promises.open(item.abs,external_node_fs_.constants.O_RDONLY|NOFOLLOW);try{
let left=item.size;while(left>0){const buffer=Buffer.allocUnsafe(Math.min(READ_CHUNK,left))
;const{bytesRead:bytesRead}=await handle.read(buffer,0,buffer.length,null)
;if(bytesRead===0)throw changed(item.name,item.size);left-=bytesRead
;const chunk=bytesRead===buffer.length?buffer:buffer.subarray(0,bytesRead);content?.update(chunk);yield chunk}
const{bytesRead:bytesRead}=await handle.read(Buffer.alloc(1),0,1,null)
;if(bytesRead!==0)throw changed(item.name,item.size);if(content&&digest)digest(content.digest("hex"))}finally{
await handle.close()}}function tarItems(runDir,topName,tree){const items=[{name:topName,size:0}]
;for(const dir of tree.dirs)items.push({name:`${topName}/${dir}`,size:0});for(const file of tree.files){items.push({
name:`${topName}/${file.path}`,abs:external_node_path_.join(runDir,file.path),rel:file.path,size:file.size})}
return items.sort((a,b)=>(0,run_tree.GV)(a.name,b.name))}async function*deterministicTar(items,mtime,digests){
let batch=[];let batched=0;const add=chunk=>{batch.push(chunk);batched+=chunk.length};const flush=()=>{
const out=batch.length===1?batch[0]:Buffer.concat(batch,batched);batch=[];batched=0;return out}
;for(const item of items){if(item.abs===undefined){add(entryHeader(item.name,"Directory",0,mtime))
}else if(item.size<=SMALL_FILE){const data=readSmall({...item,abs:item.abs})
;if(digests&&item.rel!==undefined)digests.set(item.rel,(0,hash.fg)(data))
;add(entryHeader(item.name,"File",item.size,mtime));add(data);add(padding(item.size))}else{
add(entryHeader(item.name,"File",item.size,mtime));yield flush();const rel=item.rel;yield*readLarge({...item,
abs:item.abs},digests&&rel!==undefined?hex=>digests.set(rel,hex):undefined);add(padding(item.size))}
if(batched>=BATCH)yield flush()}add(ZEROS);yield flush()}var make_folders=__webpack_require__(67383)
;var run_folder=__webpack_require__(39089);var read_input_file=__webpack_require__(10047);const GZIP_OS_UNIX=3
;const readRunText=file=>Buffer.from((0,read_input_file.jH)(file,"run file",{maxBytes:read_input_file.Qc
})).toString("utf8");function runIdOf(runDir){const inputPath=external_node_path_.join(runDir,"input.json")
;if(!external_node_fs_.existsSync(inputPath))return external_node_path_.basename(runDir);let runId;try{
runId=JSON.parse(readRunText(inputPath)).run_id}catch(err){if(err instanceof errors.dz)throw err
;throw new errors.dz(`${inputPath} is not valid JSON; cannot name the bundle`)}
if(typeof runId!=="string"||!run_folder.UC.test(runId))throw new errors.dz(`${inputPath}: run_id must be a run id (run_YYYY-MM-DDTHH-MM-SSZ), found ${JSON.stringify(runId)}`)
;return runId}function readRunFacts(runDir){const facts={runId:runIdOf(runDir),shortSha:"nosha",mtime:new Date(0)}
;const metaPath=external_node_path_.join(runDir,"metadata.json");if(!external_node_fs_.existsSync(metaPath))return facts
;let meta;try{meta=JSON.parse(readRunText(metaPath))}catch(err){if(err instanceof errors.dz)throw err
;throw new errors.dz(`${metaPath} is not valid JSON; cannot name or date the bundle`)}
if(typeof meta!=="object"||meta===null)return facts;const record=meta;if(record.created_at!==undefined){
const ms=typeof record.created_at==="string"?Date.parse(record.created_at):NaN;if(Number.isNaN(ms)){
throw new errors.dz(`${metaPath}: created_at must be an ISO date, found ${JSON.stringify(record.created_at)}`)}
facts.mtime=new Date(Math.floor(ms/1e3)*1e3)}const sha=record.git?.sha;if(typeof sha==="string"){
if(!/^[0-9a-fA-F]{7,64}$/.test(sha)){
throw new errors.dz(`${metaPath}: git.sha must be a hex commit SHA, found ${JSON.stringify(sha)}`)}
facts.shortSha=sha.slice(0,7).toLowerCase()}return facts}function realFolder(runDir){
const abs=external_node_path_.resolve(runDir)
;return external_node_fs_.existsSync(abs)?external_node_fs_.realpathSync(abs):abs}function isInside(child,parent){
const rel=external_node_path_.relative(parent,child)
;return rel===""||!rel.startsWith("..")&&!external_node_path_.isAbsolute(rel)}function runTar(runDir,tree){
const absRun=realFolder(runDir);return tarOf(absRun,readRunFacts(absRun),tree??(0,run_tree.sE)(absRun))}
function tarOf(absRun,facts,tree,digests){return deterministicTar(tarItems(absRun,facts.runId,tree),facts.mtime,digests)
}function bundleName(runDir){const facts=readRunFacts(runDir);return`awo-${facts.runId}-${facts.shortSha}.tar.gz`}
async function packRun(runDir,outDir,opts={}){const absRun=realFolder(runDir)
;const absOut=external_node_path_.resolve(outDir);const facts=readRunFacts(absRun);if(isInside(absOut,absRun)){
throw new errors.dz(`the bundle cannot be written inside the run folder it packs: ${absOut}`)}const fileDigests=new Map
;const tar=tarOf(absRun,facts,(0,run_tree.sE)(absRun),fileDigests)
;const name=`awo-${facts.runId}-${facts.shortSha}.tar.gz`;try{(0,make_folders.w)(absOut)}catch(err){
throw new errors.dz(`cannot create output folder ${absOut}: ${(0,errors.bD)(err)}`)}
const finalPath=external_node_path_.join(absOut,name)
;const partial=external_node_path_.join(absOut,`.${name}.${process.pid}.partial`);const hash=(0,
external_node_crypto_.createHash)("sha256");let bytes=0;const fixHeaderAndHash=async function*(chunks){
for await(const chunk of chunks){if(bytes<10&&bytes+chunk.length>9)chunk[9-bytes]=GZIP_OS_UNIX;bytes+=chunk.length
;hash.update(chunk);yield chunk}};try{
await(0,promises_.pipeline)(external_node_stream_.Readable.from(tar),external_node_zlib_.createGzip({
level:opts.level??6,chunkSize:256*1024}),fixHeaderAndHash,external_node_fs_.createWriteStream(partial,{mode:420}))
;external_node_fs_.renameSync(partial,finalPath)}catch(err){external_node_fs_.rmSync(partial,{force:true});throw err}
return{path:finalPath,name:name,sha256:`sha256:${hash.digest("hex")}`,bytes:bytes,fileDigests:fileDigests}}},
74296:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Jh:()=>BackendError,_:()=>AwoError,bD:()=>messageOf,cs:()=>IntegrityError,dz:()=>InputError,m_:()=>NotFoundError,
sK:()=>IllegalTransition});class AwoError extends Error{code;exitCode;constructor(code,message,exitCode){super(message)
;this.code=code;this.exitCode=exitCode;this.name=new.target.name}}class InputError extends AwoError{problems;places
;constructor(message,problems=[message],places=[]){super("INPUT_INVALID",message,2);this.problems=problems
;this.places=places}}class IllegalTransition extends AwoError{constructor(message){super("ILLEGAL_TRANSITION",message,2)
}}class IntegrityError extends AwoError{where;constructor(message,where){super("INTEGRITY",message,1);this.where=where}}
class NotFoundError extends AwoError{constructor(message){super("NOT_FOUND",message,2)}}
class BackendError extends AwoError{retryable;retryAfterMs;status;constructor(message,retryable,retryAfterMs,status){
super(retryable?"BACKEND_TRANSIENT":"BACKEND_FAILED",message,1);this.retryable=retryable;this.retryAfterMs=retryAfterMs
;this.status=status}}function messageOf(err){if(err instanceof Error)return err.message;return String(err)}}};
